using Ent.Demo;
using Ent.Directory;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Demo;

/// <summary>
/// Gives the demo tenant a forum: in each school a school-wide category, and for each class a "class life"
/// category (students' messages moderated) with a few subjects, replies, a pending message and a pinned,
/// locked announcement; the Latin group gets its own category. The schools leave relatives out by default,
/// except the first, which lets them read.
/// </summary>
internal sealed class ForumDemoDataSeeder(IDbContextFactory<ForumDbContext> factory, TimeProvider time) : IDemoDataSeeder
{
    public async Task SeedAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Categories.AnyAsync(c => c.TenantId == tenantId, cancellationToken))
        {
            return;
        }

        var writer = new DemoForumWriter(db, tenantId, time.GetUtcNow().AddDays(-14));
        var schools = await db.Set<School>().Where(s => s.TenantId == tenantId).OrderBy(s => s.Uai).ToListAsync(cancellationToken);
        foreach (var school in schools)
        {
            var staff = await PeopleOfAsync(db, school.Id, ProfileKind.Personnel, cancellationToken);
            var teachers = await PeopleOfAsync(db, school.Id, ProfileKind.Teacher, cancellationToken);
            if (staff.Count == 0 || teachers.Count == 0)
            {
                continue;
            }

            if (school == schools[0])
            {
                db.SchoolSettings.Add(new SchoolForumSettings { TenantId = tenantId, SchoolId = school.Id, RelativesCanRead = true, UpdatedAt = writer.Now, UpdatedById = staff[0] });
            }

            var news = writer.Category(school.Id, CategoryScope.School, null, "Actualités du collège", "Les informations de la vie du collège.", requiresApproval: false, staff[0]);
            var announcement = writer.Subject(news, "Réunion parents-professeurs", staff[0], "La réunion parents-professeurs aura lieu le **jeudi 10 décembre** à partir de 17 h. Inscriptions auprès de la vie scolaire.");
            announcement.IsPinned = true;
            announcement.IsLocked = true;

            var classes = await db.Set<SchoolClass>().Where(c => c.SchoolId == school.Id).OrderBy(c => c.Name).ToListAsync(cancellationToken);
            foreach (var schoolClass in classes)
            {
                var tutor = await db.Set<FormTutor>().Where(t => t.ClassId == schoolClass.Id).Select(t => (Guid?)t.TeacherId).FirstOrDefaultAsync(cancellationToken)
                    ?? await db.Set<TeachingAssignment>().Where(a => a.ClassId == schoolClass.Id).OrderBy(a => a.Id).Select(a => a.TeacherId).FirstAsync(cancellationToken);
                var students = await db.Set<ClassEnrollment>().Where(e => e.ClassId == schoolClass.Id)
                    .Join(db.Set<Person>(), e => e.StudentId, p => p.Id, (e, p) => p)
                    .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Select(p => p.Id)
                    .ToListAsync(cancellationToken);
                if (students.Count < 3)
                {
                    continue;
                }

                var category = writer.Category(school.Id, CategoryScope.Class, schoolClass.Id, $"Vie de classe — {schoolClass.Name}", "Questions et échanges de la classe. Les messages des élèves sont relus avant publication.", requiresApproval: true, tutor);
                var trip = writer.Subject(category, "Sortie au château de Blois", tutor, "Bonjour à tous,\n\nLa sortie au château aura lieu le **12 janvier**. Pensez à rapporter l'autorisation signée.");
                var question = writer.Reply(trip, students[0], "Est-ce qu'il faut prévoir un pique-nique ?");
                writer.Reply(trip, tutor, "Oui, un pique-nique et une bouteille d'eau.", quoted: question);
                writer.Reply(trip, students[1], "Merci ! Je rapporte l'autorisation lundi.");

                var homework = writer.Subject(category, "Exposés d'histoire", students[2], "Qui veut faire l'exposé sur les châteaux de la Loire avec moi ?");
                writer.Reply(homework, students[0], "Moi ! On peut se voir au CDI jeudi.");
                writer.Reply(homework, students[1], "Je voudrais aussi participer, c'est possible ?", pending: true);
            }

            var latin = await db.Set<TeachingGroup>().Where(g => g.SchoolId == school.Id && g.Code == "LATIN").FirstOrDefaultAsync(cancellationToken);
            var latinTeacher = latin is null ? null : await db.Set<TeachingAssignment>().Where(a => a.GroupId == latin.Id).Select(a => (Guid?)a.TeacherId).FirstOrDefaultAsync(cancellationToken);
            if (latin is not null && latinTeacher is { } teacher)
            {
                var category = writer.Category(school.Id, CategoryScope.Group, latin.Id, "Latin", "Le coin des latinistes.", requiresApproval: false, teacher);
                writer.Subject(category, "Version de la semaine", teacher, "*Alea iacta est* : qui a dit cela, et à quelle occasion ?");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task<List<Guid>> PeopleOfAsync(ForumDbContext db, Guid schoolId, ProfileKind kind, CancellationToken cancellationToken) =>
        db.Set<Profile>().Where(p => p.SchoolId == schoolId && p.Kind == kind).OrderBy(p => p.PersonId).Select(p => p.PersonId).ToListAsync(cancellationToken);

    /// <summary>Adds demo rows, each an hour after the one before, with their numbering and follows.</summary>
    private sealed class DemoForumWriter(ForumDbContext db, string tenantId, DateTimeOffset start)
    {
        private readonly HashSet<(Guid, Guid)> _follows = [];
        private int _step;

        public DateTimeOffset Now => start.AddHours(_step);

        public ForumCategory Category(Guid schoolId, CategoryScope scope, Guid? targetId, string name, string description, bool requiresApproval, Guid createdBy)
        {
            var category = new ForumCategory
            {
                Id = Guid.CreateVersion7(Tick()), TenantId = tenantId, SchoolId = schoolId, Scope = scope,
                ClassId = scope == CategoryScope.Class ? targetId : null, GroupId = scope == CategoryScope.Group ? targetId : null,
                Name = name, Description = description, RequiresApproval = requiresApproval, CreatedById = createdBy, CreatedAt = Now,
            };
            db.Categories.Add(category);
            return category;
        }

        public ForumSubject Subject(ForumCategory category, string title, Guid author, string body)
        {
            var subject = new ForumSubject { Id = Guid.CreateVersion7(Tick()), TenantId = tenantId, CategoryId = category.Id, Title = title, AuthorId = author, CreatedAt = Now, LastActivityAt = Now };
            db.Subjects.Add(subject);
            Message(subject, author, body, quoted: null, pending: false);
            return subject;
        }

        public ForumMessage Reply(ForumSubject subject, Guid author, string body, ForumMessage? quoted = null, bool pending = false)
        {
            Tick();
            return Message(subject, author, body, quoted, pending);
        }

        private ForumMessage Message(ForumSubject subject, Guid author, string body, ForumMessage? quoted, bool pending)
        {
            subject.MessageSequence++;
            if (!pending)
            {
                subject.LastActivityAt = Now;
            }

            var message = new ForumMessage
            {
                Id = Guid.CreateVersion7(Now), TenantId = tenantId, CategoryId = subject.CategoryId, SubjectId = subject.Id,
                Number = subject.MessageSequence, AuthorId = author, Body = body, QuotedMessageId = quoted?.Id,
                Status = pending ? MessageStatus.Pending : MessageStatus.Published, CreatedAt = Now, PublishedAt = pending ? null : Now,
            };
            db.Messages.Add(message);
            if (_follows.Add((author, subject.Id)))
            {
                db.Follows.Add(new SubjectFollow { TenantId = tenantId, PersonId = author, SubjectId = subject.Id, FollowedAt = Now });
            }

            return message;
        }

        private DateTimeOffset Tick()
        {
            _step++;
            return Now;
        }
    }
}
