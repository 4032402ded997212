using System.Text;
using Ent.Demo;
using Ent.Directory;
using Ent.Files;
using Ent.Plugins.Resources.Data;
using Ent.Plugins.Resources.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Resources.Demo;

/// <summary>
/// Seeds a few resources in the demo collèges: course sheets and exercises shared with classes, links to public
/// sites, a folder, and a second version of one file, so that every part of the schema has something to show.
/// </summary>
internal sealed class ResourcesDemoSeeder(IDbContextFactory<ResourcesDbContext> factory, IFileStorage storage, TimeProvider time) : IDemoDataSeeder
{
    public async Task SeedAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Resources.AnyAsync(r => r.TenantId == tenantId, cancellationToken))
        {
            return;
        }

        var people = await db.Set<Person>().Where(p => p.TenantId == tenantId).ToDictionaryAsync(p => p.ExternalId, p => p.Id, cancellationToken);
        var schools = await db.Set<School>().Where(s => s.TenantId == tenantId).ToDictionaryAsync(s => s.Uai, s => s.Id, cancellationToken);
        var classes = await db.Set<SchoolClass>().Where(c => c.TenantId == tenantId).ToListAsync(cancellationToken);
        var subjects = await db.Set<Subject>().Where(s => s.TenantId == tenantId).ToListAsync(cancellationToken);
        if (!schools.TryGetValue("0410001A", out var rondeau) || !schools.TryGetValue("0410002B", out var ronsard)
            || !people.TryGetValue("prof.maths.blois", out var mathsBlois) || !people.TryGetValue("prof.franc.blois", out var frenchBlois)
            || !people.TryGetValue("prof.maths.vendome", out var mathsVendome))
        {
            return;
        }

        var seed = new Seed(db, storage, tenantId, time.GetUtcNow(), classes, subjects);
        var course = seed.Folder(mathsBlois, "Cours de 4e");
        var fractions = await seed.FileAsync(rondeau, mathsBlois, "Fiche d'exercices : fractions", "fractions.txt",
            "Exercice 1. Calculer 3/4 + 5/6.\nExercice 2. Simplifier 42/56.\nExercice 3. Ranger dans l'ordre croissant : 2/3, 5/8, 7/12.\n",
            "MATHS", "4e", ["fractions", "exercices"], course, cancellationToken);
        await seed.NewVersionAsync(fractions, mathsBlois, "fractions.txt",
            "Exercice 1. Calculer 3/4 + 5/6.\nExercice 2. Simplifier 42/56.\nExercice 3. Ranger dans l'ordre croissant : 2/3, 5/8, 7/12.\nExercice 4 (bonus). Calculer (1/2 + 1/3) x 6/5.\n",
            "Ajout d'un exercice bonus", cancellationToken);
        seed.Share(fractions, "4EB", mathsBlois);
        var lesson = await seed.FileAsync(rondeau, mathsBlois, "Cours : le théorème de Pythagore", "pythagore.txt",
            "Dans un triangle rectangle, le carré de l'hypoténuse est égal à la somme des carrés des deux autres côtés.\n",
            "MATHS", "4e", ["géométrie", "cours"], course, cancellationToken);
        seed.Share(lesson, "4EB", mathsBlois);
        var mental = seed.Link(rondeau, mathsBlois, "Calcul mental : ressources Éduscol", "https://eduscol.education.fr/", "MATHS", "6e", ["calcul mental"]);
        seed.Share(mental, "6EA", mathsBlois);
        var figures = seed.Link(rondeau, frenchBlois, "Les figures de style", "https://fr.wikipedia.org/wiki/Figure_de_style", "FRANC", "5e", ["figures de style", "lexique"]);
        seed.Share(figures, "5EB", frenchBlois);
        var reading = await seed.FileAsync(rondeau, frenchBlois, "Lecture : questions sur la fable", "fable.txt",
            "Relisez « Le Corbeau et le Renard » et répondez : 1. Qui parle ? 2. Quelle est la morale ?\n",
            "FRANC", "4e", ["lecture", "fables"], null, cancellationToken);
        seed.Share(reading, "4EB", frenchBlois);
        var equations = await seed.FileAsync(ronsard, mathsVendome, "Équations du premier degré", "equations.txt",
            "Résoudre : 3x + 5 = 20 ; 2(x - 1) = x + 4.\n", "MATHS", "3e", ["équations", "exercices"], null, cancellationToken);
        seed.Share(equations, "3EC", mathsVendome);

        await seed.SaveAsync(cancellationToken);
    }

    /// <summary>Builds the demo rows, writing files to storage and keeping the usage counters right.</summary>
    private sealed class Seed(ResourcesDbContext db, IFileStorage storage, string tenantId, DateTimeOffset now, List<SchoolClass> classes, List<Subject> subjects)
    {
        private readonly Dictionary<Guid, long> _personBytes = [];
        private readonly Dictionary<Guid, long> _schoolBytes = [];
        private int _sequence;

        public ResourceFolder Folder(Guid owner, string name)
        {
            var folder = new ResourceFolder { Id = NextId(), TenantId = tenantId, OwnerId = owner, Name = name, CreatedAt = now };
            db.Folders.Add(folder);
            return folder;
        }

        public async Task<Resource> FileAsync(Guid school, Guid owner, string title, string fileName, string content, string subject, string level, string[] tags, ResourceFolder? folder, CancellationToken cancellationToken)
        {
            var resource = New(school, owner, ResourceKind.File, title, null, subject, level, tags);
            resource.FolderId = folder?.Id;
            await NewVersionAsync(resource, owner, fileName, content, null, cancellationToken);
            return resource;
        }

        public Resource Link(Guid school, Guid owner, string title, string url, string subject, string level, string[] tags) =>
            New(school, owner, ResourceKind.Link, title, url, subject, level, tags);

        public async Task NewVersionAsync(Resource resource, Guid uploader, string fileName, string content, string? comment, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
            var stored = await storage.WriteAsync(stream, stream.Length, cancellationToken);
            var version = new ResourceVersion
            {
                Id = NextId(), TenantId = tenantId, ResourceId = resource.Id, Number = resource.Versions.Count + 1, StorageKey = stored.Key,
                FileName = fileName, ContentType = "text/plain", Size = stored.Length, Sha256 = stored.Sha256,
                UploadedById = uploader, UploadedAt = now.AddMinutes(_sequence), Comment = comment,
            };
            resource.Versions.Add(version);
            resource.CurrentVersionId = version.Id;
            _personBytes[resource.OwnerId] = _personBytes.GetValueOrDefault(resource.OwnerId) + stored.Length;
            _schoolBytes[resource.SchoolId] = _schoolBytes.GetValueOrDefault(resource.SchoolId) + stored.Length;
        }

        public void Share(Resource resource, string classCode, Guid sharedBy)
        {
            var schoolClass = classes.First(c => c.SchoolId == resource.SchoolId && c.Code == classCode);
            resource.Shares.Add(new ResourceShare
            {
                Id = NextId(), TenantId = tenantId, ResourceId = resource.Id, TargetKind = ShareTargetKind.Class, TargetId = schoolClass.Id,
                Right = ResourceRight.Read, SharedById = sharedBy, SharedAt = now,
            });
        }

        public async Task SaveAsync(CancellationToken cancellationToken)
        {
            db.PersonUsages.AddRange(_personBytes.Select(pair => new PersonUsage { PersonId = pair.Key, TenantId = tenantId, UsedBytes = pair.Value }));
            db.SchoolUsages.AddRange(_schoolBytes.Select(pair => new SchoolUsage { SchoolId = pair.Key, TenantId = tenantId, UsedBytes = pair.Value }));
            await db.SaveChangesAsync(cancellationToken);
        }

        private Resource New(Guid school, Guid owner, ResourceKind kind, string title, string? url, string subjectCode, string level, string[] tags)
        {
            var normalized = ResourceRules.NormalizeTags(tags);
            var resource = new Resource
            {
                Id = NextId(), TenantId = tenantId, SchoolId = school, OwnerId = owner, Kind = kind, Title = title, Url = url,
                SubjectId = subjects.FirstOrDefault(s => s.SchoolId == school && s.Code == subjectCode)?.Id, Level = level,
                SearchText = ResourceRules.SearchTextOf(title, null, normalized), CreatedAt = now.AddMinutes(_sequence), UpdatedAt = now.AddMinutes(_sequence),
                Tags = [.. normalized.Select(tag => new ResourceTag { Tag = tag })],
            };
            db.Resources.Add(resource);
            db.Followers.Add(new ResourceFollower { ResourceId = resource.Id, PersonId = owner, TenantId = tenantId, FollowedAt = now });
            return resource;
        }

        private Guid NextId() => Guid.CreateVersion7(now.AddMilliseconds(++_sequence));
    }
}
