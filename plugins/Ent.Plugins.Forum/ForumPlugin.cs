using Ent.Data;
using Ent.Demo;
using Ent.GraphQL;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Demo;
using Ent.Plugins.Forum.Domain;
using Ent.Plugins.Forum.GraphQL;
using Ent.Synthetic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Forum;

/// <summary>The forum service: categories per school, class or group, subjects and messages, moderation, unread counts and search.</summary>
public sealed class ForumPlugin : IEntPlugin
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new("forum", "Forum", "1.0.0", EntSdk.Version)
    {
        Scopes = [ForumScopes.Read, ForumScopes.Write],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntStore<ForumDbContext>();
        services.AddScoped<CategoryCommands>();
        services.AddScoped<PostingCommands>();
        services.AddScoped<ModerationCommands>();
        services.AddScoped<ReadingCommands>();
        services.AddScoped<IDemoDataSeeder, ForumDemoDataSeeder>();
        services.AddScoped<ISyntheticDataGenerator, ForumSyntheticDataGenerator>();
    }

    /// <inheritdoc />
    public void ConfigureSchema(ISchemaContribution schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ForumSchema.Contribute(schema);
    }
}
