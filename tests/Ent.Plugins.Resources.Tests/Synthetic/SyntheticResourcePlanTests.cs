using Ent.Directory;
using Ent.Plugins.Resources.Domain;
using Ent.Plugins.Resources.Synthetic;
using Ent.Synthetic;
using Ent.Testing;
using Xunit;

namespace Ent.Plugins.Resources.Tests.Synthetic;

/// <summary>The resources of a synthetic tenant, built in memory from a generated directory of two collèges.</summary>
public sealed class SyntheticResourcePlanTests
{
    private static readonly SyntheticDirectory Directory = SyntheticDirectories.Generate("synthetic", 2, 200, 5);

    [Fact]
    public void The_same_seed_gives_the_same_resources()
    {
        var first = SyntheticResourcePlan.Build(Directory, new Random(7));
        var second = SyntheticResourcePlan.Build(Directory, new Random(7));
        var other = SyntheticResourcePlan.Build(Directory, new Random(8));

        Assert.Equal(first.Resources.Select(r => (r.Id, r.Title, r.OwnerId, r.CreatedAt)), second.Resources.Select(r => (r.Id, r.Title, r.OwnerId, r.CreatedAt)));
        Assert.Equal(first.Shares.Select(s => (s.ResourceId, s.TargetId, s.Right)), second.Shares.Select(s => (s.ResourceId, s.TargetId, s.Right)));
        Assert.Equal(first.Files.Select(f => f.Content), second.Files.Select(f => f.Content));
        Assert.NotEqual(first.Resources.Select(r => r.Id), other.Resources.Select(r => r.Id));
    }

    [Fact]
    public void Teachers_share_with_the_classes_and_groups_they_teach_and_colleagues_of_their_school()
    {
        var plan = SyntheticResourcePlan.Build(Directory, new Random(1));
        var resources = plan.Resources.ToDictionary(r => r.Id);
        var taughtClasses = Directory.Assignments.Where(a => a.ClassId is not null).Select(a => (a.TeacherId, a.ClassId!.Value)).ToHashSet();
        var taughtGroups = Directory.Assignments.Where(a => a.GroupId is not null).Select(a => (a.TeacherId, a.GroupId!.Value)).ToHashSet();
        var schoolOfPerson = Directory.Profiles.ToLookup(p => p.PersonId, p => p.SchoolId);

        Assert.NotEmpty(plan.Shares);
        Assert.All(plan.Shares, share =>
        {
            var resource = resources[share.ResourceId];
            Assert.Equal(resource.OwnerId, share.SharedById);
            switch (share.TargetKind)
            {
                case ShareTargetKind.Class:
                    Assert.Contains((resource.OwnerId, share.TargetId), taughtClasses);
                    break;
                case ShareTargetKind.Group:
                    Assert.Contains((resource.OwnerId, share.TargetId), taughtGroups);
                    break;
                default:
                    Assert.NotEqual(resource.OwnerId, share.TargetId);
                    Assert.Contains(resource.SchoolId, schoolOfPerson[share.TargetId]);
                    Assert.Equal(ResourceRight.Contribute, share.Right);
                    break;
            }
        });
        Assert.Contains(plan.Shares, share => share.TargetKind == ShareTargetKind.Person);
    }

    [Fact]
    public void Files_have_numbered_versions_links_have_none_and_folders_belong_to_their_owner()
    {
        var plan = SyntheticResourcePlan.Build(Directory, new Random(1));
        var versions = plan.Files.Select(f => f.Version).ToLookup(v => v.ResourceId);
        var folders = plan.Folders.ToDictionary(f => f.Id);

        Assert.All(plan.Resources, resource =>
        {
            var own = versions[resource.Id].OrderBy(v => v.Number).ToList();
            if (resource.Kind == ResourceKind.Link)
            {
                Assert.Empty(own);
                Assert.StartsWith("https://", resource.Url, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(Enumerable.Range(1, own.Count), own.Select(v => v.Number));
                Assert.Equal(own[^1].Id, resource.CurrentVersionId);
                Assert.All(own, v => Assert.EndsWith(".txt", v.FileName, StringComparison.Ordinal));
            }

            if (resource.FolderId is { } folder)
            {
                Assert.Equal(resource.OwnerId, folders[folder].OwnerId);
            }

            Assert.Equal(ResourceRules.SearchTextOf(resource.Title, resource.Description, plan.Tags.Where(t => t.ResourceId == resource.Id).Select(t => t.Tag)), resource.SearchText);
        });
        Assert.Contains(plan.Resources, r => r.TrashedAt is not null);
        Assert.Contains(plan.Files, f => f.Version.Number == 2);
    }
}
