using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Forum.Tests.GraphQL;

public abstract class ForumPluginTests<TEngine>(ForumHostFixture<TEngine> fixture)
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task The_forum_is_discovered_and_in_the_default_bouquet()
    {
        var data = await fixture.Forum.AnonymousClient().QueryAsync("{ bouquet { id name version } }");

        var forum = Assert.Single(data["bouquet"]!.AsArray(), service => service!["id"]!.GetValue<string>() == "forum");
        Assert.Equal("1.0.0", forum!["version"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task The_demo_tenant_has_a_forum_for_each_class()
    {
        var teacher = fixture.Forum.ClientFor(DemoTenant.PersonId("prof.maths.blois"));

        var data = await teacher.QueryAsync("""
            { me { classes: teachingAssignments { class { name forumCategories { name scope requiresApproval subjects(first: 5) { totalCount } } } } } }
            """);

        var categories = data["me"]!["classes"]!.AsArray()
            .Select(a => a!["class"]).Where(c => c is not null)
            .SelectMany(c => c!["forumCategories"]!.AsArray())
            .Where(category => category!["name"]!.GetValue<string>().StartsWith("Vie de classe", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(3, categories.Count);
        Assert.All(categories, category =>
        {
            Assert.Equal("CLASS", category!["scope"]!.GetValue<string>());
            Assert.True(category["requiresApproval"]!.GetValue<bool>());
            Assert.Equal(2, category["subjects"]!["totalCount"]!.GetValue<int>());
        });
    }
}

[Collection(SqliteHost.Name)]
public sealed class ForumPluginTestsOnSqlite(ForumHostFixture<Sqlite> fixture) : ForumPluginTests<Sqlite>(fixture);

[Collection(PostgreSqlHost.Name)]
public sealed class ForumPluginTestsOnPostgreSql(ForumHostFixture<PostgreSql> fixture) : ForumPluginTests<PostgreSql>(fixture);
