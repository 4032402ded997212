using Ent.Plugins;
using PublicApiGenerator;
using Snapshooter.Xunit;

namespace Ent.Tests;

/// <summary>
/// Pins the SDK's public surface, which every plugin compiles against: a change to it shows in review as a
/// change to the snapshot, and must follow semantic versioning (<see cref="EntSdk.Version"/>).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_sdk_public_api_changes_only_on_purpose()
    {
        var api = typeof(IEntPlugin).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });

        Snapshot.Match(api);
    }
}
