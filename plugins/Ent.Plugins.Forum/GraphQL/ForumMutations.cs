using Ent.Access;
using Ent.GraphQL;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>
/// The forum's mutations. Each takes one <c>input</c> and returns a payload whose <c>errors</c> say why
/// nothing was written; IDs that are malformed or name another type are reported as not found.
/// </summary>
internal static class ForumMutations
{
    public static void Contribute(ISchemaContribution schema) => schema.ExtendMutation(mutation =>
    {
        Mutation<CreateCategoryPayloadType, CreateForumCategoryInputType, CreateForumCategoryInput, CategoryCommands>(mutation, "createForumCategory",
            "Creates a category attached to a school (staff), or to a class or group (its teachers, or staff). Its creator manages it.",
            async (commands, input, ct) => await commands.CreateAsync(
                new CreateCategory(
                    ForumIds.OptionalKeyOf(input.SchoolId, CoreTypeNames.School),
                    ForumIds.OptionalKeyOf(input.ClassId, CoreTypeNames.Class),
                    ForumIds.OptionalKeyOf(input.GroupId, CoreTypeNames.TeachingGroup),
                    input.Name,
                    input.Description,
                    input.RequiresApproval),
                ct));

        Mutation<UpdateCategoryPayloadType, UpdateForumCategoryInputType, UpdateForumCategoryInput, CategoryCommands>(mutation, "updateForumCategory",
            "Renames a category, changes its description or whether students' messages need approval.",
            async (commands, input, ct) => await commands.UpdateAsync(
                new UpdateCategory(ForumIds.KeyOf(input.CategoryId, ForumCategoryType.TypeName), input.Name, input.Description, input.RequiresApproval), ct));

        Mutation<GrantRightPayloadType, GrantForumRightInputType, GrantForumRightInput, CategoryCommands>(mutation, "grantForumRight",
            "Gives a right on a category to a person, a class or a group, on top of what membership gives.",
            async (commands, input, ct) =>
            {
                var grantees = new (string? Id, GranteeKind Kind, string TypeName)[]
                {
                    (input.PersonId, GranteeKind.Person, CoreTypeNames.Person),
                    (input.ClassId, GranteeKind.Class, CoreTypeNames.Class),
                    (input.GroupId, GranteeKind.Group, CoreTypeNames.TeachingGroup),
                }.Where(grantee => grantee.Id is not null).ToList();
                if (grantees.Count != 1)
                {
                    return CommandResult<CategoryGrant>.Fail(ForumErrorCodes.InvalidTarget, "Give the right to exactly one of a person, a class or a group.");
                }

                var (id, kind, typeName) = grantees[0];
                return await commands.GrantAsync(new GrantRight(ForumIds.KeyOf(input.CategoryId, ForumCategoryType.TypeName), kind, ForumIds.KeyOf(id, typeName), input.Right), ct);
            });

        Mutation<RevokeRightPayloadType, RevokeForumRightInputType, RevokeForumRightInput, CategoryCommands>(mutation, "revokeForumRight",
            "Takes back a right given on a category.",
            async (commands, input, ct) => await commands.RevokeAsync(ForumIds.KeyOf(input.GrantId, ForumCategoryGrantType.TypeName), ct));

        Mutation<CreateSubjectPayloadType, CreateForumSubjectInputType, CreateForumSubjectInput, PostingCommands>(mutation, "createForumSubject",
            "Opens a subject in a category with its first message, and follows it.",
            async (commands, input, ct) => await commands.CreateSubjectAsync(new CreateSubject(ForumIds.KeyOf(input.CategoryId, ForumCategoryType.TypeName), input.Title, input.Body), ct));

        Mutation<PostMessagePayloadType, PostForumMessageInputType, PostForumMessageInput, PostingCommands>(mutation, "postForumMessage",
            "Posts a message in a subject, possibly replying to an earlier one, and follows the subject. A student's message waits for approval where the category requires it.",
            async (commands, input, ct) => await commands.PostAsync(
                new PostMessage(ForumIds.KeyOf(input.SubjectId, ForumSubjectType.TypeName), input.Body, ForumIds.OptionalKeyOf(input.QuotedMessageId, ForumMessageType.TypeName)), ct));

        Mutation<EditMessagePayloadType, EditForumMessageInputType, EditForumMessageInput, PostingCommands>(mutation, "editForumMessage",
            "Replaces the body of one's own message, keeping the former body in its revisions.",
            async (commands, input, ct) => await commands.EditAsync(new EditMessage(ForumIds.KeyOf(input.MessageId, ForumMessageType.TypeName), input.Body), ct));

        Mutation<DeleteMessagePayloadType, DeleteForumMessageInputType, DeleteForumMessageInput, PostingCommands>(mutation, "deleteForumMessage",
            "Deletes a message, which keeps its place in the thread without its text or revisions.",
            async (commands, input, ct) => await commands.DeleteAsync(ForumIds.KeyOf(input.MessageId, ForumMessageType.TypeName), ct));

        Mutation<ModerateMessagePayloadType, ModerateForumMessageInputType, ModerateForumMessageInput, ModerationCommands>(mutation, "moderateForumMessage",
            "Approves, rejects, hides or shows again a message.",
            async (commands, input, ct) => await commands.ModerateMessageAsync(new ModerateMessage(ForumIds.KeyOf(input.MessageId, ForumMessageType.TypeName), input.Decision, input.Reason), ct));

        Mutation<ModerateSubjectPayloadType, ModerateForumSubjectInputType, ModerateForumSubjectInput, ModerationCommands>(mutation, "moderateForumSubject",
            "Locks or unlocks, pins or unpins a subject.",
            async (commands, input, ct) => await commands.ModerateSubjectAsync(new ModerateSubject(ForumIds.KeyOf(input.SubjectId, ForumSubjectType.TypeName), input.IsLocked, input.IsPinned), ct));

        Mutation<FollowSubjectPayloadType, FollowForumSubjectInputType, ForumSubjectInput, ReadingCommands>(mutation, "followForumSubject",
            "Follows a subject: its new messages are announced to the viewer.",
            async (commands, input, ct) => await commands.FollowAsync(ForumIds.KeyOf(input.SubjectId, ForumSubjectType.TypeName), follow: true, ct));

        Mutation<UnfollowSubjectPayloadType, UnfollowForumSubjectInputType, ForumSubjectInput, ReadingCommands>(mutation, "unfollowForumSubject",
            "Stops following a subject.",
            async (commands, input, ct) => await commands.FollowAsync(ForumIds.KeyOf(input.SubjectId, ForumSubjectType.TypeName), follow: false, ct));

        Mutation<MarkReadPayloadType, MarkForumReadInputType, MarkForumReadInput, ReadingCommands>(mutation, "markForumRead",
            "Marks a subject, or every subject of a category, read as of now.",
            async (commands, input, ct) => await commands.MarkReadAsync(
                ForumIds.OptionalKeyOf(input.SubjectId, ForumSubjectType.TypeName), ForumIds.OptionalKeyOf(input.CategoryId, ForumCategoryType.TypeName), ct));

        Mutation<SchoolSettingsPayloadType, UpdateForumSchoolSettingsInputType, UpdateForumSchoolSettingsInput, CategoryCommands>(mutation, "updateForumSchoolSettings",
            "Changes a school's forum settings: whether relatives read their children's categories.",
            async (commands, input, ct) => await commands.UpdateSchoolSettingsAsync(ForumIds.KeyOf(input.SchoolId, CoreTypeNames.School), input.RelativesCanRead, ct));
    });

    private static FieldBuilder<object?, object> Mutation<TPayloadType, TInputType, TInput, TCommands>(
        ObjectGraphType<object?> mutation,
        string name,
        string description,
        Func<TCommands, TInput, CancellationToken, Task<object>> run)
        where TPayloadType : IGraphType
        where TInputType : IInputObjectGraphType
        where TCommands : notnull =>
        mutation.Field<TPayloadType>(name)
            .Description(description)
            .RequireScope(ForumScopes.Write)
            .Argument<NonNullGraphType<TInputType>>("input", "The mutation's input.")
            .ResolveAsync(async context => await run(
                context.RequestServices!.GetRequiredService<TCommands>(),
                context.GetArgument<TInput>("input"),
                context.CancellationToken));
}
