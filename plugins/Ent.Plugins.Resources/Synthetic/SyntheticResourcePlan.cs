using System.Globalization;
using System.Text;
using Ent.Directory;
using Ent.Plugins.Resources.Domain;
using Ent.Synthetic;

namespace Ent.Plugins.Resources.Synthetic;

/// <summary>
/// The resources of a synthetic tenant, built in memory from its directory and a random sequence, the same for
/// the same seed: each teacher keeps a folder per subject and level taught, holding two to six course sheets,
/// exercises and links shared with every class of that level they teach (sometimes with a colleague too), and one
/// to three shared with each teaching group; a few files have a second version and a few resources are in the trash.
/// </summary>
internal sealed class SyntheticResourcePlan
{
    private static readonly DateTimeOffset YearStart = new(2026, 8, 24, 7, 0, 0, TimeSpan.Zero);
    private const int CreationWindowDays = 88;

    private readonly string _tenantId;
    private readonly Random _random;

    private SyntheticResourcePlan(string tenantId, Random random)
    {
        _tenantId = tenantId;
        _random = random;
    }

    public List<ResourceFolder> Folders { get; } = [];

    public List<Resource> Resources { get; } = [];

    public List<ResourceTag> Tags { get; } = [];

    public List<ResourceShare> Shares { get; } = [];

    public List<ResourceFollower> Followers { get; } = [];

    /// <summary>Gets the versions, each with the text to store as its file; the storage key, size and digest are set once stored.</summary>
    public List<(ResourceVersion Version, string Content)> Files { get; } = [];

    public static SyntheticResourcePlan Build(SyntheticDirectory directory, Random random)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var plan = new SyntheticResourcePlan(directory.TenantId, random);
        var subjects = directory.Subjects.ToDictionary(s => s.Id);
        var classes = directory.Classes.ToDictionary(c => c.Id);
        var groups = directory.Groups.ToDictionary(g => g.Id);
        var teachersBySubject = directory.Assignments
            .GroupBy(a => a.SubjectId)
            .ToDictionary(g => g.Key, g => g.Select(a => a.TeacherId).Distinct().ToList());

        // GroupBy keeps the order of first appearance, so the plan follows the directory's order.
        foreach (var lesson in directory.Assignments.Where(a => a.ClassId is not null)
            .GroupBy(a => (a.SchoolId, a.TeacherId, a.SubjectId, classes[a.ClassId!.Value].Level)))
        {
            var subject = subjects[lesson.Key.SubjectId];
            var folder = plan.NewFolder(lesson.Key.TeacherId, $"{subject.Name} – {lesson.Key.Level}");
            var count = 2 + random.Next(5);
            var titles = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var resource = plan.NewResource(lesson.Key.SchoolId, lesson.Key.TeacherId, subject, lesson.Key.Level, random.NextDouble() < 0.8 ? folder : null, titles);
                foreach (var assignment in lesson)
                {
                    plan.Share(resource, ShareTargetKind.Class, assignment.ClassId!.Value, ResourceRight.Read);
                }

                plan.MaybeShareWithColleague(resource, teachersBySubject[subject.Id]);
            }
        }

        foreach (var assignment in directory.Assignments.Where(a => a.GroupId is not null))
        {
            var subject = subjects[assignment.SubjectId];
            var group = groups[assignment.GroupId!.Value];
            var level = group.Code.Length > 2 && group.Code[^1] == 'e' && char.IsDigit(group.Code[^2]) ? group.Code[^2..] : null;
            var count = 1 + random.Next(3);
            var titles = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var resource = plan.NewResource(assignment.SchoolId, assignment.TeacherId, subject, level, null, titles);
                plan.Share(resource, ShareTargetKind.Group, group.Id, ResourceRight.Read);
            }
        }

        return plan;
    }

    private ResourceFolder NewFolder(Guid ownerId, string name)
    {
        var folder = new ResourceFolder { Id = NextId(), TenantId = _tenantId, OwnerId = ownerId, Name = name, CreatedAt = YearStart.AddHours(_random.Next(72)) };
        Folders.Add(folder);
        return folder;
    }

    // Titles already used in the folder or for the group are drawn again, a few times, so that a list rarely repeats itself.
    private Resource NewResource(Guid schoolId, Guid ownerId, Subject subject, string? level, ResourceFolder? folder, HashSet<string> usedTitles)
    {
        var createdAt = YearStart.AddMinutes(_random.Next(CreationWindowDays * 24 * 60));
        var isLink = _random.NextDouble() < 0.3;
        string title;
        string? url = null;
        string[] tags;
        var attempt = 0;
        do
        {
            if (isLink)
            {
                var sites = SyntheticResourceCatalogue.SitesOf(subject.Code);
                var site = sites[_random.Next(sites.Count)];
                (title, url, tags) = (site.Title, site.Url, site.Tags);
            }
            else
            {
                var topics = SyntheticResourceCatalogue.TopicsOf(subject.Code);
                var topic = topics[_random.Next(topics.Count)];
                var sheet = SyntheticResourceCatalogue.Sheets[_random.Next(SyntheticResourceCatalogue.Sheets.Count)];
                (title, tags) = ($"{sheet} : {topic.Name}", topic.Tags);
            }
        }
        while (!usedTitles.Add(title) && ++attempt < 4);

        var description = _random.NextDouble() < 0.4 ? $"Pour les élèves de {level ?? "tous niveaux"}, en {subject.Name.ToLower(CultureInfo.GetCultureInfo("fr-FR"))}." : null;
        var normalized = ResourceRules.NormalizeTags(level is null ? tags : [.. tags, level]);
        var resource = new Resource
        {
            Id = NextId(), TenantId = _tenantId, SchoolId = schoolId, OwnerId = ownerId, FolderId = folder?.Id,
            Kind = isLink ? ResourceKind.Link : ResourceKind.File, Title = title, Description = description, SubjectId = subject.Id,
            Level = level, Url = url, SearchText = ResourceRules.SearchTextOf(title, description, normalized),
            CreatedAt = createdAt, UpdatedAt = createdAt,
            // A few resources wait in their owner's trash.
            TrashedAt = _random.NextDouble() < 0.03 ? createdAt.AddDays(1 + _random.Next(20)) : null,
        };
        Resources.Add(resource);
        Tags.AddRange(normalized.Select(tag => new ResourceTag { ResourceId = resource.Id, Tag = tag }));
        Followers.Add(new ResourceFollower { ResourceId = resource.Id, PersonId = ownerId, TenantId = _tenantId, FollowedAt = createdAt });
        if (!isLink)
        {
            var versions = _random.NextDouble() < 0.2 ? 2 : 1;
            for (var number = 1; number <= versions; number++)
            {
                AddVersion(resource, number, subject);
            }
        }

        return resource;
    }

    private void AddVersion(Resource resource, int number, Subject subject)
    {
        var uploadedAt = number == 1 ? resource.CreatedAt : resource.CreatedAt.AddDays(1 + _random.Next(10)).AddMinutes(_random.Next(600));
        var slug = ResourceRules.Fold(resource.Title).Replace(' ', '-').Replace(":", string.Empty, StringComparison.Ordinal).Replace("'", "-", StringComparison.Ordinal).Replace("--", "-", StringComparison.Ordinal);
        var version = new ResourceVersion
        {
            Id = NextId(), TenantId = _tenantId, ResourceId = resource.Id, Number = number, StorageKey = string.Empty,
            FileName = $"{slug}.txt", ContentType = "text/plain", Sha256 = string.Empty,
            UploadedById = resource.OwnerId, UploadedAt = uploadedAt, Comment = number > 1 ? "Corrections et exercice supplémentaire" : null,
        };
        resource.CurrentVersionId = version.Id;
        if (uploadedAt > resource.UpdatedAt)
        {
            resource.UpdatedAt = uploadedAt;
        }

        Files.Add((version, Content(resource, subject, number)));
    }

    private string Content(Resource resource, Subject subject, int version)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{resource.Title}\n{subject.Name}{(resource.Level is null ? string.Empty : $", {resource.Level}")}\n\n");
        var exercises = 3 + _random.Next(4) + (version - 1);
        for (var i = 1; i <= exercises; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Exercice {i}. Question {1 + _random.Next(20)} du manuel, page {10 + _random.Next(250)} : répondre en justifiant chaque étape.\n");
        }

        return text.ToString();
    }

    private void Share(Resource resource, ShareTargetKind kind, Guid targetId, ResourceRight right) =>
        Shares.Add(new ResourceShare
        {
            Id = NextId(), TenantId = _tenantId, ResourceId = resource.Id, TargetKind = kind, TargetId = targetId, Right = right,
            SharedById = resource.OwnerId, SharedAt = resource.CreatedAt.AddMinutes(1 + _random.Next(60)),
        });

    // One resource in ten is shared with a colleague of the same subject, who may improve it.
    private void MaybeShareWithColleague(Resource resource, List<Guid> teachersOfSubject)
    {
        if (_random.NextDouble() >= 0.1 || teachersOfSubject.Count < 2)
        {
            return;
        }

        var colleague = teachersOfSubject[_random.Next(teachersOfSubject.Count)];
        if (colleague != resource.OwnerId)
        {
            Share(resource, ShareTargetKind.Person, colleague, ResourceRight.Contribute);
        }
    }

    private Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
