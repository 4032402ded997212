using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>Approval of students' messages, moderators' decisions, locked and pinned subjects, and the events they raise.</summary>
public abstract class ModerationTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    private static readonly Guid Class6A = DemoTenant.ClassId(DemoTenant.Blois, "6EA");

    private ForumHost Host => fixture.Forum;

    private HttpClient Teacher => Host.ClientFor(DemoTenant.PersonId("prof.maths.blois"));

    [SkippableFact]
    public async Task A_students_message_waits_for_approval_then_is_published_with_its_events()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A, requiresApproval: true);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var (author, reader) = (Host.ClientFor(students[0]), Host.ClientFor(students[1]));
        var (subject, first) = await Teacher.CreateSubjectAsync(category, "Qui vient à la sortie ?");
        var reply = await author.PostAsync(subject, "Moi !", quotedMessageId: first);
        var replyId = reply["id"]!.GetValue<string>();

        Assert.Equal("PENDING", reply["status"]!.GetValue<string>());
        Assert.Equal(1, await VisibleMessagesAsync(reader, subject));
        Assert.Equal(2, await VisibleMessagesAsync(author, subject));
        Assert.Empty(Host.Events.About("ForumMessagePublished", KeyOf(replyId)));
        var queue = await Teacher.NodeAsync(category, "... on ForumCategory { pendingMessages { nodes { id } } }");
        Assert.Equal(replyId, queue!["pendingMessages"]!["nodes"]![0]!["id"]!.GetValue<string>());

        var approved = await Teacher.MutateOkAsync("moderateForumMessage", new { messageId = replyId, decision = "APPROVE" }, "message { status publishedAt }");

        Assert.Equal("PUBLISHED", approved["message"]!["status"]!.GetValue<string>());
        Assert.Equal(2, await VisibleMessagesAsync(reader, subject));
        var moderated = Assert.Single(Host.Events.About("ForumMessageModerated", KeyOf(replyId)));
        Assert.Equal("Approve", moderated.GetProperty("Decision").GetString());
        var published = Assert.Single(Host.Events.About("ForumMessagePublished", KeyOf(replyId)));
        Assert.Contains(DemoTenant.PersonId("prof.maths.blois"), published.GetProperty("FollowerIds").EnumerateArray().Select(id => id.GetGuid()));
        var replied = Assert.Single(Host.Events.About("ForumReplyPublished", KeyOf(replyId)));
        Assert.Equal(DemoTenant.PersonId("prof.maths.blois"), replied.GetProperty("QuotedAuthorId").GetGuid());
    }

    [SkippableFact]
    public async Task Teachers_messages_skip_approval_and_a_rejected_message_stays_with_its_author()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A, requiresApproval: true);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        var pending = await Host.ClientFor(students[0]).PostAsync(subject, "Un message hors sujet");

        var rejected = await Host.ClientFor(DemoTenant.PersonId("prof.franc.blois")).MutateOkAsync("moderateForumMessage",
            new { messageId = pending["id"]!.GetValue<string>(), decision = "REJECT", reason = "Hors sujet." }, "message { status moderationReason }");

        Assert.Equal("REJECTED", rejected["message"]!["status"]!.GetValue<string>());
        var seenByAuthor = await Host.ClientFor(students[0]).NodeAsync(pending["id"]!.GetValue<string>(), "... on ForumMessage { status moderationReason }");
        Assert.Equal("Hors sujet.", seenByAuthor!["moderationReason"]!.GetValue<string>());
        Assert.Null(await Host.ClientFor(students[1]).NodeAsync(pending["id"]!.GetValue<string>(), "... on ForumMessage { id }"));
        var again = await Host.ClientFor(DemoTenant.PersonId("prof.franc.blois")).MutateAsync("moderateForumMessage",
            new { messageId = pending["id"]!.GetValue<string>(), decision = "HIDE" }, "message { id }");
        Assert.Equal(["DECISION_NOT_APPLICABLE"], again.ErrorCodes());
    }

    [SkippableFact]
    public async Task A_students_edited_message_goes_back_to_the_moderators_where_approval_is_required()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A, requiresApproval: true);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var author = Host.ClientFor(students[0]);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        var message = (await author.PostAsync(subject, "Première idée"))["id"]!.GetValue<string>();
        await Teacher.MutateOkAsync("moderateForumMessage", new { messageId = message, decision = "APPROVE" }, "message { id }");

        var edited = await author.MutateOkAsync("editForumMessage", new { messageId = message, body = "Idée modifiée après coup" }, "message { status }");
        Assert.Equal("PENDING", edited["message"]!["status"]!.GetValue<string>());
        Assert.Null(await Host.ClientFor(students[1]).NodeAsync(message, "... on ForumMessage { id }"));

        await Teacher.MutateOkAsync("moderateForumMessage", new { messageId = message, decision = "REJECT", reason = "Reformule." }, "message { id }");
        var resubmitted = await author.MutateOkAsync("editForumMessage", new { messageId = message, body = "Idée reformulée" }, "message { status moderationReason revisions { body } }");
        Assert.Equal("PENDING", resubmitted["message"]!["status"]!.GetValue<string>());
        Assert.Null(resubmitted["message"]!["moderationReason"]);
        Assert.Equal(["Première idée", "Idée modifiée après coup"], resubmitted["message"]!["revisions"]!.AsArray().Select(r => r!["body"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task A_hidden_message_keeps_its_place_and_its_text_only_for_moderators()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        var message = (await Host.ClientFor(students[0]).PostAsync(subject, "Un message déplacé"))["id"]!.GetValue<string>();

        var studentTries = await Host.ClientFor(students[1]).MutateAsync("moderateForumMessage", new { messageId = message, decision = "HIDE" }, "message { id }");
        Assert.Equal(["CANNOT_MODERATE"], studentTries.ErrorCodes());

        await Host.ClientFor(DemoTenant.PersonId("cpe.blois")).MutateOkAsync("moderateForumMessage", new { messageId = message, decision = "HIDE", reason = "Propos déplacés." }, "message { isHidden }");

        var asReader = await Host.ClientFor(students[1]).NodeAsync(message, "... on ForumMessage { number isHidden body html }");
        Assert.True(asReader!["isHidden"]!.GetValue<bool>());
        Assert.Null(asReader["body"]);
        Assert.Null(asReader["html"]);
        Assert.Equal(2, asReader["number"]!.GetValue<int>());
        var asModerator = await Teacher.NodeAsync(message, "... on ForumMessage { body }");
        Assert.Equal("Un message déplacé", asModerator!["body"]!.GetValue<string>());
        Assert.Equal("Hide", Assert.Single(Host.Events.About("ForumMessageModerated", KeyOf(message))).GetProperty("Decision").GetString());
    }

    [SkippableFact]
    public async Task A_locked_subject_takes_no_new_message_and_a_pinned_one_comes_first()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var student = Host.ClientFor((await DemoTenant.StudentsOfAsync(Host, Class6A))[0]);
        var (pinned, _) = await Teacher.CreateSubjectAsync(category, title: "Règles du forum");
        var (locked, _) = await Teacher.CreateSubjectAsync(category, title: "Sujet clos");

        var studentLocks = await student.MutateAsync("moderateForumSubject", new { subjectId = locked, isLocked = true }, "subject { id }");
        Assert.Equal(["CANNOT_MODERATE"], studentLocks.ErrorCodes());
        await Teacher.MutateOkAsync("moderateForumSubject", new { subjectId = locked, isLocked = true }, "subject { isLocked }");
        await Teacher.MutateOkAsync("moderateForumSubject", new { subjectId = pinned, isPinned = true }, "subject { isPinned }");
        var before = await CountMessagesAsync();

        var refused = await student.MutateAsync("postForumMessage", new { subjectId = locked, body = "Encore une question" }, "message { id }");

        Assert.Equal(["SUBJECT_LOCKED"], refused.ErrorCodes());
        Assert.Null(refused["message"]);
        Assert.Equal(before, await CountMessagesAsync());
        var list = await student.NodeAsync(category, "... on ForumCategory { subjects { nodes { title isPinned isLocked } } }");
        var titles = list!["subjects"]!["nodes"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Règles du forum", "Sujet clos"], titles);
    }

    [SkippableFact]
    public async Task Authors_edit_their_messages_with_history_kept_and_delete_them_softly()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var students = await DemoTenant.StudentsOfAsync(Host, Class6A);
        var author = Host.ClientFor(students[0]);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        var message = (await author.PostAsync(subject, "Premiere version"))["id"]!.GetValue<string>();
        await author.PostAsync(subject, "Un autre message");

        var edited = await author.MutateOkAsync("editForumMessage", new { messageId = message, body = "Première version, corrigée" }, "message { body editedAt revisions { body } }");
        Assert.Equal("Première version, corrigée", edited["message"]!["body"]!.GetValue<string>());
        Assert.Equal("Premiere version", edited["message"]!["revisions"]![0]!["body"]!.GetValue<string>());
        var othersEdit = await Host.ClientFor(students[1]).MutateAsync("editForumMessage", new { messageId = message, body = "Piraté" }, "message { id }");
        Assert.Equal(["NOT_AUTHOR"], othersEdit.ErrorCodes());
        var othersDelete = await Host.ClientFor(students[1]).MutateAsync("deleteForumMessage", new { messageId = message }, "message { id }");
        Assert.Equal(["NOT_AUTHOR"], othersDelete.ErrorCodes());
        Assert.Empty((await Host.ClientFor(students[1]).NodeAsync(message, "... on ForumMessage { revisions { body } }"))!["revisions"]!.AsArray());

        await author.MutateOkAsync("deleteForumMessage", new { messageId = message }, "message { isDeleted }");

        var thread = await Host.ClientFor(students[1]).NodeAsync(subject, "... on ForumSubject { messageCount messages { nodes { number isDeleted body } } }");
        var messages = thread!["messages"]!["nodes"]!.AsArray();
        Assert.Equal([1, 2, 3], messages.Select(m => m!["number"]!.GetValue<int>()));
        Assert.True(messages[1]!["isDeleted"]!.GetValue<bool>());
        Assert.Null(messages[1]!["body"]);
        Assert.Equal(2, thread["messageCount"]!.GetValue<int>());
        var editDeleted = await author.MutateAsync("editForumMessage", new { messageId = message, body = "Retour" }, "message { id }");
        Assert.Equal(["MESSAGE_DELETED"], editDeleted.ErrorCodes());
    }

    [SkippableFact]
    public async Task Empty_and_oversized_messages_are_refused_with_nothing_written()
    {
        var category = await Teacher.CreateClassCategoryAsync(Class6A);
        var student = Host.ClientFor((await DemoTenant.StudentsOfAsync(Host, Class6A))[0]);
        var (subject, _) = await Teacher.CreateSubjectAsync(category);
        var subjectsBefore = await CountSubjectsAsync();
        var messagesBefore = await CountMessagesAsync();

        var empty = await student.MutateAsync("postForumMessage", new { subjectId = subject, body = " \n " }, "message { id }");
        var oversized = await student.MutateAsync("postForumMessage", new { subjectId = subject, body = new string('a', 10_001) }, "message { id }");
        var emptySubject = await student.MutateAsync("createForumSubject", new { categoryId = category, title = "Titre", body = "" }, "subject { id }");
        var untitled = await student.MutateAsync("createForumSubject", new { categoryId = category, title = "", body = "Texte" }, "subject { id }");
        var quoteElsewhere = await student.MutateAsync("postForumMessage", new { subjectId = subject, body = "Réponse", quotedMessageId = (await Teacher.CreateSubjectAsync(category)).Message }, "message { id }");

        Assert.Equal(["EMPTY"], empty.ErrorCodes());
        Assert.Equal(["input", "body"], empty["errors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["TOO_LONG"], oversized.ErrorCodes());
        Assert.Equal(["EMPTY"], emptySubject.ErrorCodes());
        Assert.Equal(["EMPTY"], untitled.ErrorCodes());
        Assert.Equal(["QUOTE_NOT_IN_SUBJECT"], quoteElsewhere.ErrorCodes());
        Assert.Equal(subjectsBefore + 1, await CountSubjectsAsync());
        Assert.Equal(messagesBefore + 1, await CountMessagesAsync());
    }

    private static Guid KeyOf(string globalId) =>
        Ent.GraphQL.GlobalId.TryDecode(globalId, out _, out var key) ? key : throw new ArgumentException(globalId);

    private static async Task<int> VisibleMessagesAsync(HttpClient client, string subject) =>
        (await client.NodeAsync(subject, "... on ForumSubject { messages { totalCount } }"))!["messages"]!["totalCount"]!.GetValue<int>();

    private async Task<int> CountMessagesAsync()
    {
        await using var db = Host.CreateStore();
        return await db.Messages.CountAsync();
    }

    private async Task<int> CountSubjectsAsync()
    {
        await using var db = Host.CreateStore();
        return await db.Subjects.CountAsync();
    }
}

[Collection(SqliteHost.Name)]
public sealed class ModerationTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : ModerationTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class ModerationTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : ModerationTests<PostgreSql>(fixture);
