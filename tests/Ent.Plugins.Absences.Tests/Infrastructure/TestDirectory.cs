using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Absences.Data;

namespace Ent.Plugins.Absences.Tests.Infrastructure;

/// <summary>
/// A small school: one class of pupils with a relative each, a mathematics teacher who teaches it, a teacher
/// who does not, and a CPE. A second class holds pupils for the statement-count tests; three more classes of
/// two pupils and a Latin group, all taught mathematics or Latin by the same teacher, make lists of classes.
/// </summary>
public sealed class TestDirectory(string tenant)
{
    public Guid School { get; } = Guid.NewGuid();

    public Guid Class { get; } = Guid.NewGuid();

    public Guid BigClass { get; } = Guid.NewGuid();

    public Guid Maths { get; } = Guid.NewGuid();

    public Guid Teacher { get; } = Guid.NewGuid();

    public Guid OtherTeacher { get; } = Guid.NewGuid();

    public Guid Cpe { get; } = Guid.NewGuid();

    public Guid Period { get; } = Guid.NewGuid();

    public IReadOnlyList<Guid> Students { get; } = [.. Enumerable.Range(0, 4).Select(_ => Guid.NewGuid())];

    public IReadOnlyList<Guid> Relatives { get; } = [.. Enumerable.Range(0, 4).Select(_ => Guid.NewGuid())];

    public IReadOnlyList<Guid> BigClassStudents { get; } = [.. Enumerable.Range(0, 12).Select(_ => Guid.NewGuid())];

    public IReadOnlyList<Guid> ExtraClasses { get; } = [.. Enumerable.Range(0, 3).Select(_ => Guid.NewGuid())];

    /// <summary>Gets the pupils of each of <see cref="ExtraClasses"/>, two per class.</summary>
    public IReadOnlyList<Guid[]> ExtraClassStudents { get; } = [.. Enumerable.Range(0, 3).Select(_ => new[] { Guid.NewGuid(), Guid.NewGuid() })];

    public Guid Latin { get; } = Guid.NewGuid();

    public Guid LatinGroup { get; } = Guid.NewGuid();

    public static string Id(string type, Guid key) => GlobalId.Encode(type, key);

    internal async Task SeedAsync(AbsencesDbContext db)
    {
        var year = Guid.NewGuid();
        db.Add(new School { Id = School, TenantId = tenant, Uai = "0410099Z", Name = "Collège Test", Kind = SchoolKind.College });
        db.Add(new SchoolYear { Id = year, TenantId = tenant, SchoolId = School, Name = "2025-2026", StartDate = new DateOnly(2025, 9, 1), EndDate = new DateOnly(2026, 7, 4) });
        db.Add(new Period { Id = Period, TenantId = tenant, SchoolId = School, SchoolYearId = year, Name = "Trimestre 2", Kind = PeriodKind.Trimester, Number = 2, StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 3, 31), EntryClosesOn = new DateOnly(2026, 3, 25) });
        db.Add(new SchoolClass { Id = Class, TenantId = tenant, SchoolId = School, Code = "4B", Name = "4e B", Level = "4e" });
        db.Add(new SchoolClass { Id = BigClass, TenantId = tenant, SchoolId = School, Code = "4C", Name = "4e C", Level = "4e" });
        db.Add(new Subject { Id = Maths, TenantId = tenant, SchoolId = School, Code = "MATHS", Name = "Mathématiques" });
        AddPerson(db, Teacher, "Paul", "Prof", ProfileKind.Teacher);
        AddPerson(db, OtherTeacher, "Odile", "Autre", ProfileKind.Teacher);
        AddPerson(db, Cpe, "Claire", "Cpe", ProfileKind.Personnel);
        db.Add(new TeachingAssignment { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = School, TeacherId = Teacher, ClassId = Class, SubjectId = Maths });
        db.Add(new TeachingAssignment { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = School, TeacherId = Teacher, ClassId = BigClass, SubjectId = Maths });
        for (var i = 0; i < Students.Count; i++)
        {
            AddPerson(db, Students[i], $"Élève{i}", "Test", ProfileKind.Student);
            AddPerson(db, Relatives[i], $"Parent{i}", "Test", ProfileKind.Relative);
            db.Add(new ClassEnrollment { TenantId = tenant, StudentId = Students[i], ClassId = Class });
            db.Add(new FamilyLink { TenantId = tenant, RelativeId = Relatives[i], StudentId = Students[i] });
        }

        for (var i = 0; i < BigClassStudents.Count; i++)
        {
            AddPerson(db, BigClassStudents[i], $"Pupil{i:00}", "Big", ProfileKind.Student);
            db.Add(new ClassEnrollment { TenantId = tenant, StudentId = BigClassStudents[i], ClassId = BigClass });
        }

        db.Add(new Subject { Id = Latin, TenantId = tenant, SchoolId = School, Code = "LATIN", Name = "Latin" });
        db.Add(new TeachingGroup { Id = LatinGroup, TenantId = tenant, SchoolId = School, Code = "LATIN4", Name = "Latin 4e" });
        db.Add(new TeachingAssignment { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = School, TeacherId = Teacher, GroupId = LatinGroup, SubjectId = Latin });
        for (var c = 0; c < ExtraClasses.Count; c++)
        {
            db.Add(new SchoolClass { Id = ExtraClasses[c], TenantId = tenant, SchoolId = School, Code = $"3{(char)('A' + c)}", Name = $"3e {(char)('A' + c)}", Level = "3e" });
            db.Add(new TeachingAssignment { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = School, TeacherId = Teacher, ClassId = ExtraClasses[c], SubjectId = Maths });
            for (var i = 0; i < ExtraClassStudents[c].Length; i++)
            {
                var student = ExtraClassStudents[c][i];
                AddPerson(db, student, $"Pupil{c}{i}", "Extra", ProfileKind.Student);
                db.Add(new ClassEnrollment { TenantId = tenant, StudentId = student, ClassId = ExtraClasses[c] });
                db.Add(new GroupMembership { TenantId = tenant, StudentId = student, GroupId = LatinGroup });
            }
        }

        await db.SaveChangesAsync();
    }

    private void AddPerson(AbsencesDbContext db, Guid id, string first, string last, ProfileKind kind)
    {
        db.Add(new Person { Id = id, TenantId = tenant, ExternalId = id.ToString("N"), FirstName = first, LastName = last });
        db.Add(new Profile { Id = Guid.NewGuid(), TenantId = tenant, PersonId = id, SchoolId = School, Kind = kind, Position = kind == ProfileKind.Personnel ? "CPE" : null });
    }
}
