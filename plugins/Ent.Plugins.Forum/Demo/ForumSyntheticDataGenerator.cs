using Ent.Data;
using Ent.Directory;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using Ent.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Demo;

/// <summary>
/// The forum's share of a synthetic tenant, for load tests: a school-wide category per school, and per class
/// a category with subjects whose messages are written by its pupils and teachers, over the autumn term. Two
/// schools out of three (the first among them) open their forum to families.
/// Deterministic for a seed; written with bulk inserts, which the full-text index follows (SQLite triggers,
/// PostgreSQL generated column).
/// </summary>
internal sealed class ForumSyntheticDataGenerator(IDbContextFactory<ForumDbContext> factory) : ISyntheticDataGenerator
{
    public const int SubjectsPerClass = 6;
    public const int MaxMessagesPerSubject = 12;

    private static readonly DateTimeOffset TermStart = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Titles = ["Devoirs pour lundi", "Sortie scolaire", "Exposé en groupe", "Question sur le cours", "Révisions du contrôle", "Club de lecture", "Projet de classe", "Objets perdus"];

    private static readonly string[] Sentences =
    [
        "Est-ce que quelqu'un a noté les exercices de mathématiques ?", "Il faut lire le chapitre trois pour jeudi.",
        "Je propose de nous retrouver au CDI à la récréation.", "Merci pour ton aide, c'est plus clair maintenant !",
        "N'oubliez pas l'autorisation signée pour la sortie.", "Le contrôle d'histoire portera sur la Révolution française.",
        "Qui veut travailler sur l'exposé avec moi ?", "La correction est disponible dans le cahier de textes.",
    ];

    public async Task GenerateAsync(SyntheticDataContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var random = context.RandomFor("forum");
        var directory = context.Directory;
        var tenant = directory.TenantId;
        var pupilsByClass = directory.StudentsByClass();
        var teachersByClass = directory.Assignments.Where(a => a.ClassId != null).ToLookup(a => a.ClassId!.Value, a => a.TeacherId);
        var staffBySchool = directory.PeopleBySchool(ProfileKind.Personnel);
        var categories = new List<ForumCategory>();
        var subjects = new List<ForumSubject>();
        var messages = new List<ForumMessage>();
        var follows = new List<SubjectFollow>();
        var settings = new List<SchoolForumSettings>();

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var configured = (await db.SchoolSettings.Where(s => s.TenantId == tenant).Select(s => s.SchoolId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (school, index) in directory.Schools.Select((school, index) => (school, index)))
        {
            var head = staffBySchool[school.Id].FirstOrDefault();
            if (head == Guid.Empty)
            {
                continue;
            }

            var news = Category(school.Id, CategoryScope.School, null, "Informations du collège", head);
            AddSubject(news, "Informations de la semaine", [head]);
            if (!configured.Contains(school.Id))
            {
                settings.Add(new SchoolForumSettings { TenantId = tenant, SchoolId = school.Id, RelativesCanRead = index % 3 != 2, UpdatedAt = TermStart, UpdatedById = head });
            }
        }

        foreach (var schoolClass in directory.Classes)
        {
            var pupils = pupilsByClass[schoolClass.Id].ToList();
            var teachers = teachersByClass[schoolClass.Id].Distinct().ToList();
            if (pupils.Count == 0 || teachers.Count == 0)
            {
                continue;
            }

            var category = Category(schoolClass.SchoolId, CategoryScope.Class, schoolClass.Id, $"Échanges — {schoolClass.Name}", teachers[0]);
            for (var i = 0; i < SubjectsPerClass; i++)
            {
                AddSubject(category, Titles[random.Next(Titles.Length)], [.. teachers, .. pupils]);
            }
        }

        await WriteAsync(db, "school settings", settings);
        await WriteAsync(db, "categories", categories);
        await WriteAsync(db, "subjects", subjects);
        await WriteAsync(db, "messages", messages);
        await WriteAsync(db, "follows", follows);

        async Task WriteAsync<T>(ForumDbContext store, string what, List<T> rows)
            where T : class =>
            context.Progress.Report(new SyntheticProgress("forum", what, await store.BulkInsertAsync(rows, cancellationToken)));

        ForumCategory Category(Guid schoolId, CategoryScope scope, Guid? classId, string name, Guid createdBy)
        {
            var category = new ForumCategory
            {
                Id = NextId(), TenantId = tenant, SchoolId = schoolId, Scope = scope, ClassId = classId,
                Name = name, CreatedById = createdBy, CreatedAt = TermStart,
            };
            categories.Add(category);
            return category;
        }

        void AddSubject(ForumCategory category, string title, IReadOnlyList<Guid> writers)
        {
            var at = TermStart.AddMinutes(random.Next(60 * 24 * 60));
            var author = writers[random.Next(writers.Count)];
            var subject = new ForumSubject { Id = NextId(), TenantId = tenant, CategoryId = category.Id, Title = title, AuthorId = author, CreatedAt = at };
            subjects.Add(subject);
            var followers = new HashSet<Guid>();
            var count = 1 + random.Next(MaxMessagesPerSubject);
            for (var number = 1; number <= count; number++)
            {
                var writer = number == 1 ? author : writers[random.Next(writers.Count)];
                messages.Add(new ForumMessage
                {
                    Id = NextId(), TenantId = tenant, CategoryId = category.Id, SubjectId = subject.Id, Number = number, AuthorId = writer,
                    Body = Sentences[random.Next(Sentences.Length)], Status = MessageStatus.Published, CreatedAt = at, PublishedAt = at,
                });
                if (followers.Add(writer))
                {
                    follows.Add(new SubjectFollow { TenantId = tenant, PersonId = writer, SubjectId = subject.Id, FollowedAt = at });
                }

                subject.LastActivityAt = at;
                at = at.AddMinutes(1 + random.Next(600));
            }

            subject.MessageSequence = count;
        }

        Guid NextId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }
    }
}
