using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.Data;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>
/// A small directory for the grades tests, written straight into the host's database. Collège Rabelais has
/// 4e A (pupils A1–A6, form tutor the maths teacher) and 4e B (B1–B3), a Latin group (A1, A2, B1); its year
/// 2026-2027 has an open first trimester, and its year 2025-2026 a closed, published third one. Collège
/// Ronsard has 5e C (C1–C3). Relatives: <see cref="ParentOfOne"/> (A2) and <see cref="ParentOfThree"/> (A1,
/// B1, C1, across both collèges). Two other tenants hold a school each: one with grades, one without.
/// </summary>
public sealed class GradesWorld
{
    private readonly string _tenant = GradesTestHost.Tenant;

    public School Rabelais { get; private set; } = null!;
    public School Ronsard { get; private set; } = null!;
    public School OtherTenantSchool { get; private set; } = null!;
    public SchoolClass ClassA { get; private set; } = null!;
    public SchoolClass ClassB { get; private set; } = null!;
    public SchoolClass ClassC { get; private set; } = null!;
    public SchoolClass OtherTenantClass { get; private set; } = null!;
    public TeachingGroup Latin { get; private set; } = null!;
    public Subject Maths { get; private set; } = null!;
    public Subject French { get; private set; } = null!;
    public Subject History { get; private set; } = null!;
    public Subject LatinSubject { get; private set; } = null!;
    public Subject RonsardMaths { get; private set; } = null!;
    public Subject OtherTenantMaths { get; private set; } = null!;
    public Period Trimester1 { get; private set; } = null!;
    public Period Trimester2 { get; private set; } = null!;
    public Period LastYearTrimester3 { get; private set; } = null!;
    public Period RonsardTrimester1 { get; private set; } = null!;
    public Period OtherTenantTrimester1 { get; private set; } = null!;
    public Person MathsTeacher { get; private set; } = null!;
    public Person FrenchTeacher { get; private set; } = null!;
    public Person HistoryTeacher { get; private set; } = null!;
    public Person LatinTeacher { get; private set; } = null!;
    public Person RonsardMathsTeacher { get; private set; } = null!;
    public Person OtherTenantTeacher { get; private set; } = null!;
    public Person Principal { get; private set; } = null!;
    public Person ParentOfOne { get; private set; } = null!;
    public Person ParentOfThree { get; private set; } = null!;
    public List<Person> StudentsA { get; } = [];
    public List<Person> StudentsB { get; } = [];
    public List<Person> StudentsC { get; } = [];
    public Person OtherTenantStudent { get; private set; } = null!;
    public Person ParentWithoutGrades { get; private set; } = null!;

    public static string IdOf(string typeName, Guid key) => GlobalId.Encode(typeName, key);

    public async Task WriteAsync(GradesTestHost host)
    {
        await host.WriteAsync(db =>
        {
            Rabelais = AddSchool(db, _tenant, "0370001A", "Collège Rabelais");
            Ronsard = AddSchool(db, _tenant, "0370002B", "Collège Ronsard");
            var rabelaisYear = AddYear(db, _tenant, Rabelais, 2026);
            var rabelaisLastYear = AddYear(db, _tenant, Rabelais, 2025);
            var ronsardYear = AddYear(db, _tenant, Ronsard, 2026);
            Trimester1 = AddPeriod(db, _tenant, Rabelais, rabelaisYear, "Trimestre 1", 1, new(2026, 9, 1), new(2026, 11, 30), new(2026, 12, 4), new(2026, 12, 8), new(2026, 12, 15));
            Trimester2 = AddPeriod(db, _tenant, Rabelais, rabelaisYear, "Trimestre 2", 2, new(2026, 12, 1), new(2027, 3, 7), new(2027, 3, 12), new(2027, 3, 16), new(2027, 3, 23));
            LastYearTrimester3 = AddPeriod(db, _tenant, Rabelais, rabelaisLastYear, "Trimestre 3", 3, new(2026, 3, 9), new(2026, 7, 4), new(2026, 6, 12), new(2026, 6, 16), new(2026, 6, 23));
            RonsardTrimester1 = AddPeriod(db, _tenant, Ronsard, ronsardYear, "Trimestre 1", 1, new(2026, 9, 1), new(2026, 11, 30), new(2026, 12, 4), new(2026, 12, 8), new(2026, 12, 15));

            ClassA = AddClass(db, _tenant, Rabelais, "4A", "4e A");
            ClassB = AddClass(db, _tenant, Rabelais, "4B", "4e B");
            ClassC = AddClass(db, _tenant, Ronsard, "5C", "5e C");
            Latin = new TeachingGroup { Id = Guid.NewGuid(), TenantId = _tenant, SchoolId = Rabelais.Id, Code = "LAT", Name = "Latin 4e" };
            db.Add(Latin);
            Maths = AddSubject(db, _tenant, Rabelais, "MATHS", "Mathématiques");
            French = AddSubject(db, _tenant, Rabelais, "FRANC", "Français");
            History = AddSubject(db, _tenant, Rabelais, "HIGEO", "Histoire-Géographie");
            LatinSubject = AddSubject(db, _tenant, Rabelais, "LATIN", "Latin");
            RonsardMaths = AddSubject(db, _tenant, Ronsard, "MATHS", "Mathématiques");

            MathsTeacher = AddPerson(db, _tenant, "Marie", "Curie", Rabelais, ProfileKind.Teacher);
            FrenchTeacher = AddPerson(db, _tenant, "Victor", "Hugo", Rabelais, ProfileKind.Teacher);
            HistoryTeacher = AddPerson(db, _tenant, "Jules", "Michelet", Rabelais, ProfileKind.Teacher);
            LatinTeacher = AddPerson(db, _tenant, "Marcus", "Tullius", Rabelais, ProfileKind.Teacher);
            RonsardMathsTeacher = AddPerson(db, _tenant, "Sophie", "Germain", Ronsard, ProfileKind.Teacher);
            Principal = AddPerson(db, _tenant, "Jean", "Principal", Rabelais, ProfileKind.Personnel);
            Assign(db, _tenant, Rabelais, MathsTeacher, Maths, ClassA);
            Assign(db, _tenant, Rabelais, MathsTeacher, Maths, ClassB);
            Assign(db, _tenant, Rabelais, FrenchTeacher, French, ClassA);
            Assign(db, _tenant, Rabelais, HistoryTeacher, History, ClassB);
            Assign(db, _tenant, Ronsard, RonsardMathsTeacher, RonsardMaths, ClassC);
            db.Add(new TeachingAssignment { Id = Guid.NewGuid(), TenantId = _tenant, SchoolId = Rabelais.Id, TeacherId = LatinTeacher.Id, GroupId = Latin.Id, SubjectId = LatinSubject.Id });
            db.Add(new FormTutor { TenantId = _tenant, ClassId = ClassA.Id, TeacherId = MathsTeacher.Id });

            for (var i = 1; i <= 6; i++)
            {
                StudentsA.Add(AddStudent(db, _tenant, $"A{i}", Rabelais, ClassA));
            }

            for (var i = 1; i <= 3; i++)
            {
                StudentsB.Add(AddStudent(db, _tenant, $"B{i}", Rabelais, ClassB));
                StudentsC.Add(AddStudent(db, _tenant, $"C{i}", Ronsard, ClassC));
            }

            foreach (var member in new[] { StudentsA[0], StudentsA[1], StudentsB[0] })
            {
                db.Add(new GroupMembership { TenantId = _tenant, StudentId = member.Id, GroupId = Latin.Id });
            }

            ParentOfOne = AddPerson(db, _tenant, "Paul", "Parent-Un", Rabelais, ProfileKind.Relative);
            db.Add(new FamilyLink { TenantId = _tenant, RelativeId = ParentOfOne.Id, StudentId = StudentsA[1].Id });
            ParentOfThree = AddPerson(db, _tenant, "Claire", "Parent-Trois", Rabelais, ProfileKind.Relative);
            db.Add(new Profile { Id = Guid.NewGuid(), TenantId = _tenant, PersonId = ParentOfThree.Id, SchoolId = Ronsard.Id, Kind = ProfileKind.Relative });
            foreach (var child in new[] { StudentsA[0], StudentsB[0], StudentsC[0] })
            {
                db.Add(new FamilyLink { TenantId = _tenant, RelativeId = ParentOfThree.Id, StudentId = child.Id });
            }

            const string other = "other-tenant";
            OtherTenantSchool = AddSchool(db, other, "0450001C", "Collège d'ailleurs");
            var otherYear = AddYear(db, other, OtherTenantSchool, 2026);
            OtherTenantTrimester1 = AddPeriod(db, other, OtherTenantSchool, otherYear, "Trimestre 1", 1, new(2026, 9, 1), new(2026, 11, 30), new(2026, 12, 4), null, null);
            OtherTenantClass = AddClass(db, other, OtherTenantSchool, "3D", "3e D");
            OtherTenantMaths = AddSubject(db, other, OtherTenantSchool, "MATHS", "Mathématiques");
            OtherTenantTeacher = AddPerson(db, other, "Autre", "Prof", OtherTenantSchool, ProfileKind.Teacher);
            Assign(db, other, OtherTenantSchool, OtherTenantTeacher, OtherTenantMaths, OtherTenantClass);
            OtherTenantStudent = AddStudent(db, other, "D1", OtherTenantSchool, OtherTenantClass);

            const string withoutGrades = GradesTestHost.TenantWithoutGrades;
            var school = AddSchool(db, withoutGrades, "0410009Z", "Collège sans notes");
            var pupil = AddStudent(db, withoutGrades, "E1", school, AddClass(db, withoutGrades, school, "6E", "6e E"));
            ParentWithoutGrades = AddPerson(db, withoutGrades, "Nina", "Sans-Notes", school, ProfileKind.Relative);
            db.Add(new FamilyLink { TenantId = withoutGrades, RelativeId = ParentWithoutGrades.Id, StudentId = pupil.Id });
        });
    }

    private static School AddSchool(GradesDbContext db, string tenant, string uai, string name)
    {
        var school = new School { Id = Guid.NewGuid(), TenantId = tenant, Uai = uai, Name = name, Kind = SchoolKind.College };
        db.Add(school);
        return school;
    }

    private static SchoolYear AddYear(GradesDbContext db, string tenant, School school, int startYear)
    {
        var year = new SchoolYear { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = school.Id, Name = $"{startYear}-{startYear + 1}", StartDate = new(startYear, 9, 1), EndDate = new(startYear + 1, 7, 4) };
        db.Add(year);
        return year;
    }

    private static Period AddPeriod(GradesDbContext db, string tenant, School school, SchoolYear year, string name, int number, DateOnly start, DateOnly end, DateOnly entry, DateOnly? council, DateOnly? published)
    {
        var period = new Period
        {
            Id = Guid.NewGuid(), TenantId = tenant, SchoolId = school.Id, SchoolYearId = year.Id, Name = name, Kind = PeriodKind.Trimester, Number = number,
            StartDate = start, EndDate = end, EntryClosesOn = entry, CouncilDate = council, ReportCardsPublishedOn = published,
        };
        db.Add(period);
        return period;
    }

    private static SchoolClass AddClass(GradesDbContext db, string tenant, School school, string code, string name)
    {
        var schoolClass = new SchoolClass { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = school.Id, Code = code, Name = name, Level = name[..2] };
        db.Add(schoolClass);
        return schoolClass;
    }

    private static Subject AddSubject(GradesDbContext db, string tenant, School school, string code, string name)
    {
        var subject = new Subject { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = school.Id, Code = code, Name = name };
        db.Add(subject);
        return subject;
    }

    private static Person AddPerson(GradesDbContext db, string tenant, string firstName, string lastName, School school, ProfileKind kind)
    {
        var person = new Person { Id = Guid.NewGuid(), TenantId = tenant, ExternalId = Guid.NewGuid().ToString("N"), FirstName = firstName, LastName = lastName };
        db.Add(person);
        db.Add(new Profile { Id = Guid.NewGuid(), TenantId = tenant, PersonId = person.Id, SchoolId = school.Id, Kind = kind });
        return person;
    }

    private static Person AddStudent(GradesDbContext db, string tenant, string name, School school, SchoolClass schoolClass)
    {
        var student = AddPerson(db, tenant, name, $"Élève-{name}", school, ProfileKind.Student);
        db.Add(new ClassEnrollment { TenantId = tenant, StudentId = student.Id, ClassId = schoolClass.Id });
        return student;
    }

    private static void Assign(GradesDbContext db, string tenant, School school, Person teacher, Subject subject, SchoolClass schoolClass) =>
        db.Add(new TeachingAssignment { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = school.Id, TeacherId = teacher.Id, ClassId = schoolClass.Id, SubjectId = subject.Id });
}
