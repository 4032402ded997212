using Ent.Plugins.Forum.Tests.Infrastructure;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Forum.Tests.GraphQL;

/// <summary>The forum needs no other plugin: a host whose plugins directory holds it alone serves it whole.</summary>
public sealed class ForumAloneTests(ForumAloneTests.ForumAloneFixture fixture) : IClassFixture<ForumAloneTests.ForumAloneFixture>
{
    [Fact]
    public async Task A_host_with_only_the_forum_serves_it()
    {
        var client = fixture.Host.CreateClient();
        var token = fixture.Host.IssueAccessToken(DemoPeople.Id("prof.maths.blois"), ["forum:read", "forum:write"]);

        var bouquet = await client.QueryAsync("{ bouquet { id } }");
        var forum = await client.PostGraphQLAsync("{ forumCategories { totalCount } }", accessToken: token);

        Assert.Equal("forum", Assert.Single(bouquet["bouquet"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Null(forum["errors"]);
        Assert.True(forum["data"]!["forumCategories"]!["totalCount"]!.GetValue<int>() > 0);
    }

    public sealed class ForumAloneFixture : DemoHostFixture<Sqlite>, IDisposable
    {
        private readonly DirectoryInfo _plugins = System.IO.Directory.CreateTempSubdirectory("ent-forum-alone-");

        public void Dispose() => _plugins.Delete(recursive: true);

        protected override void Configure(EntTestHostOptions options)
        {
            base.Configure(options);
            var built = Path.Combine(AppContext.BaseDirectory, "plugins", "Ent.Plugins.Forum");
            var copy = System.IO.Directory.CreateDirectory(Path.Combine(_plugins.FullName, "Ent.Plugins.Forum"));
            foreach (var file in System.IO.Directory.GetFiles(built))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            options.PluginsPath = _plugins.FullName;
        }
    }
}
