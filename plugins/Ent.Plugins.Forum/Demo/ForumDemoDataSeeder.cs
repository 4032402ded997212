using Ent.Demo;

namespace Ent.Plugins.Forum.Demo;

internal sealed class ForumDemoDataSeeder : IDemoDataSeeder
{
    public Task SeedAsync(string tenantId, CancellationToken cancellationToken) => Task.CompletedTask;
}
