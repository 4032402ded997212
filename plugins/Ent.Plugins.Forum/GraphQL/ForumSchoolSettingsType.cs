using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class ForumSchoolSettingsType : ObjectGraphType<SchoolForumSettings>
{
    public ForumSchoolSettingsType()
    {
        Name = "ForumSchoolSettings";
        Description = "A school's forum settings, changed by its staff.";
        Field(s => s.RelativesCanRead)
            .Description("Whether relatives read the categories of their children's school, classes and groups (off unless the school turns it on).");
    }
}
