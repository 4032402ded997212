using Ent.Plugins.Forum.Domain;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Domain;

public sealed class MessageRulesTests
{
    [Theory]
    [InlineData(true, true, "Contribute", true)]
    [InlineData(true, true, "Moderate", false)]
    [InlineData(true, false, "Contribute", false)]
    [InlineData(false, true, "Contribute", false)]
    public void Only_students_messages_wait_where_the_category_requires_approval(bool requiresApproval, bool isStudent, string right, bool waits) =>
        Assert.Equal(waits, MessageRules.NeedsApproval(requiresApproval, isStudent, Enum.Parse<ForumRight>(right)));

    [Theory]
    [InlineData("Pending", false, "Approve", "Published", false)]
    [InlineData("Rejected", false, "Approve", "Published", false)]
    [InlineData("Pending", false, "Reject", "Rejected", false)]
    [InlineData("Published", false, "Hide", "Published", true)]
    [InlineData("Published", true, "Unhide", "Published", false)]
    public void Decisions_move_a_message_between_states(string status, bool hidden, string decision, string expected, bool expectedHidden)
    {
        var message = new ForumMessage { TenantId = "t", Body = "x", Status = Enum.Parse<MessageStatus>(status), IsHidden = hidden };

        Assert.Equal((Enum.Parse<MessageStatus>(expected), expectedHidden), MessageRules.Apply(message, Enum.Parse<ModerationDecision>(decision)));
    }

    [Theory]
    [InlineData("Published", false, "Approve")]
    [InlineData("Published", false, "Reject")]
    [InlineData("Published", false, "Unhide")]
    [InlineData("Published", true, "Hide")]
    [InlineData("Pending", false, "Hide")]
    [InlineData("Rejected", false, "Reject")]
    public void Decisions_that_do_not_apply_are_refused(string status, bool hidden, string decision) =>
        Assert.Null(MessageRules.Apply(new ForumMessage { TenantId = "t", Body = "x", Status = Enum.Parse<MessageStatus>(status), IsHidden = hidden }, Enum.Parse<ModerationDecision>(decision)));

    [Fact]
    public void Texts_are_checked_for_blanks_and_length()
    {
        Assert.Equal(ForumErrorCodes.Empty, TextRules.CheckRequired(" \t\n", 10, "body", "The message")?.Code);
        Assert.Equal(ForumErrorCodes.Empty, TextRules.CheckRequired(null, 10, "body", "The message")?.Code);
        Assert.Equal(ForumErrorCodes.TooLong, TextRules.CheckRequired(new string('a', 11), 10, "body", "The message")?.Code);
        Assert.Null(TextRules.CheckRequired(new string('a', 10), 10, "body", "The message"));
        Assert.Null(TextRules.CheckOptional(null, 10, "description", "The description"));
        Assert.Equal(["input", "body"], TextRules.CheckRequired("", 10, "body", "The message")!.Field);
    }
}
