using System.Security.Cryptography;
using System.Text;
using Ent.Directory;

namespace Ent.Host.Demo;

/// <summary>
/// The demo tenant's directory: a département with two collèges, their classes, subjects, teachers, staff,
/// pupils and relatives (one of whom has children in both collèges). Keys derive from names, so they are
/// the same on every fresh database and the README's examples keep working.
/// </summary>
internal sealed class DemoDirectory
{
    public const string Password = "demo";

    private static readonly string[] SubjectNames = ["Mathématiques", "Français", "Histoire-Géographie", "Anglais", "Sciences de la vie et de la Terre", "Physique-Chimie", "Éducation physique et sportive", "Latin"];
    private static readonly string[] SubjectCodes = ["MATHS", "FRANC", "HIGEO", "ANGL", "SVT", "PHYCH", "EPS", "LATIN"];
    private static readonly string[] FirstNames = ["Léa", "Hugo", "Chloé", "Louis", "Emma", "Gabriel", "Jade", "Arthur", "Louise", "Jules", "Alice", "Raphaël", "Lina", "Adam", "Rose", "Nathan", "Anna", "Tom"];
    private static readonly string[] LastNames = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel"];

    public DemoDirectory(string tenantId)
    {
        TenantId = tenantId;
        var rondeau = AddSchool("0410001A", "Collège Jean Rondeau", "Blois", ["6e A", "5e B", "4e B"]);
        var ronsard = AddSchool("0410002B", "Collège Pierre de Ronsard", "Vendôme", ["6e A", "3e C"]);

        // One relative with a child in each collège, so that apps can be tried on "switch child".
        var parent = AddPerson("parent.moreau", "Claire", "Moreau", ProfileKind.Relative, rondeau.School.Id);
        AddProfile(parent.Id, ronsard.School.Id, ProfileKind.Relative);
        var firstChild = rondeau.Students[0];
        var secondChild = ronsard.Students[0];
        Links.Add(new FamilyLink { TenantId = tenantId, RelativeId = parent.Id, StudentId = firstChild.Id, Relationship = "mère" });
        Links.Add(new FamilyLink { TenantId = tenantId, RelativeId = parent.Id, StudentId = secondChild.Id, Relationship = "mère" });
        Logins.Add(new DemoLogin("parent.moreau", parent.Id, "Relative with a child in each collège"));

        var admin = AddPerson("admin.departement", "Sophie", "Garnier", kind: null, schoolId: null);
        admin.IsTenantAdministrator = true;
        Logins.Add(new DemoLogin("admin.departement", admin.Id, "Administrator of the département (bouquet, settings; no pupil data)"));
    }

    public string TenantId { get; }

    public List<School> Schools { get; } = [];

    public List<SchoolYear> Years { get; } = [];

    public List<Period> Periods { get; } = [];

    public List<SchoolClass> Classes { get; } = [];

    public List<TeachingGroup> Groups { get; } = [];

    public List<Subject> Subjects { get; } = [];

    public List<Person> People { get; } = [];

    public List<Profile> Profiles { get; } = [];

    public List<ClassEnrollment> Enrollments { get; } = [];

    public List<GroupMembership> Memberships { get; } = [];

    public List<FamilyLink> Links { get; } = [];

    public List<TeachingAssignment> Assignments { get; } = [];

    public List<FormTutor> Tutors { get; } = [];

    /// <summary>Gets the demo accounts, all with the password <see cref="Password"/>.</summary>
    public List<DemoLogin> Logins { get; } = [];

    private SchoolBuild AddSchool(string uai, string name, string city, string[] classNames)
    {
        var school = new School { Id = IdOf($"school:{uai}"), TenantId = TenantId, Uai = uai, Name = name, Kind = SchoolKind.College, City = city };
        Schools.Add(school);
        var year = new SchoolYear { Id = IdOf($"year:{uai}:2026"), TenantId = TenantId, SchoolId = school.Id, Name = "2026-2027", StartDate = new(2026, 9, 1), EndDate = new(2027, 7, 4) };
        Years.Add(year);
        (DateOnly Start, DateOnly End, DateOnly Entry, DateOnly Council, DateOnly Published)[] trimesters =
        [
            (new(2026, 9, 1), new(2026, 11, 30), new(2026, 12, 4), new(2026, 12, 8), new(2026, 12, 15)),
            (new(2026, 12, 1), new(2027, 3, 7), new(2027, 3, 12), new(2027, 3, 16), new(2027, 3, 23)),
            (new(2027, 3, 8), new(2027, 7, 4), new(2027, 6, 11), new(2027, 6, 15), new(2027, 6, 22)),
        ];
        for (var i = 0; i < trimesters.Length; i++)
        {
            var t = trimesters[i];
            Periods.Add(new Period
            {
                Id = IdOf($"period:{uai}:{i + 1}"), TenantId = TenantId, SchoolId = school.Id, SchoolYearId = year.Id,
                Name = $"Trimestre {i + 1}", Kind = PeriodKind.Trimester, Number = i + 1,
                StartDate = t.Start, EndDate = t.End, EntryClosesOn = t.Entry, CouncilDate = t.Council, ReportCardsPublishedOn = t.Published,
            });
        }

        var subjects = SubjectNames.Select((subjectName, i) => new Subject { Id = IdOf($"subject:{uai}:{SubjectCodes[i]}"), TenantId = TenantId, SchoolId = school.Id, Code = SubjectCodes[i], Name = subjectName }).ToList();
        Subjects.AddRange(subjects);

        var slug = city.ToLowerInvariant().Replace("ô", "o", StringComparison.Ordinal);
        var principal = AddPerson($"principal.{slug}", "Bruno", $"Principal-{city}", ProfileKind.Personnel, school.Id, position: "Principal", isAdministrator: true);
        Logins.Add(new DemoLogin($"principal.{slug}", principal.Id, $"Head of {name} (staff, school administrator)"));
        var cpe = AddPerson($"cpe.{slug}", "Nadia", $"Cpe-{city}", ProfileKind.Personnel, school.Id, position: "CPE");
        Logins.Add(new DemoLogin($"cpe.{slug}", cpe.Id, $"CPE (education officer) of {name}"));

        // One teacher per subject, teaching it to every class; the maths teacher tutors the first class.
        var teachers = subjects.Select((subject, i) => AddPerson($"prof.{subject.Code.ToLowerInvariant()}.{slug}", FirstNames[(i + 5) % FirstNames.Length], $"{LastNames[(i + 3) % LastNames.Length]}-{subject.Code[..3]}", ProfileKind.Teacher, school.Id)).ToList();
        Logins.Add(new DemoLogin($"prof.maths.{slug}", teachers[0].Id, $"Maths teacher of every class of {name}, form tutor of {classNames[0]}"));
        Logins.Add(new DemoLogin($"prof.franc.{slug}", teachers[1].Id, $"French teacher of every class of {name}"));

        var build = new SchoolBuild(school);
        var latin = new TeachingGroup { Id = IdOf($"group:{uai}:LATIN"), TenantId = TenantId, SchoolId = school.Id, Code = "LATIN", Name = "Latin" };
        Groups.Add(latin);
        Assignments.Add(new TeachingAssignment { Id = IdOf($"assignment:{uai}:LATIN"), TenantId = TenantId, SchoolId = school.Id, TeacherId = teachers[^1].Id, GroupId = latin.Id, SubjectId = subjects[^1].Id });

        var pupilNumber = 0;
        foreach (var className in classNames)
        {
            var code = className.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            var schoolClass = new SchoolClass { Id = IdOf($"class:{uai}:{code}"), TenantId = TenantId, SchoolId = school.Id, Code = code, Name = className, Level = className.Split(' ')[0] };
            Classes.Add(schoolClass);
            for (var s = 0; s < subjects.Count - 1; s++)
            {
                Assignments.Add(new TeachingAssignment { Id = IdOf($"assignment:{uai}:{code}:{subjects[s].Code}"), TenantId = TenantId, SchoolId = school.Id, TeacherId = teachers[s].Id, ClassId = schoolClass.Id, SubjectId = subjects[s].Id });
            }

            if (className == classNames[0])
            {
                Tutors.Add(new FormTutor { TenantId = TenantId, ClassId = schoolClass.Id, TeacherId = teachers[0].Id });
            }

            for (var p = 0; p < 6; p++, pupilNumber++)
            {
                var firstName = FirstNames[(pupilNumber * 7 + uai[^2]) % FirstNames.Length];
                var lastName = LastNames[(pupilNumber * 5 + uai[^2]) % LastNames.Length];
                var login = $"eleve.{Ascii(firstName)}.{Ascii(lastName)}.{slug}";
                var pupil = AddPerson(login, firstName, lastName, ProfileKind.Student, school.Id);
                // A 6e pupil is born in 2015, a 3e pupil in 2012.
                pupil.BirthDate = new DateOnly(2009 + (className[0] - '0'), 1 + (pupilNumber % 12), 1 + (pupilNumber % 28));
                Enrollments.Add(new ClassEnrollment { TenantId = TenantId, StudentId = pupil.Id, ClassId = schoolClass.Id });
                if (p < 2)
                {
                    Memberships.Add(new GroupMembership { TenantId = TenantId, StudentId = pupil.Id, GroupId = latin.Id });
                }

                build.Students.Add(pupil);
                if (pupilNumber > 0)
                {
                    var relative = AddPerson($"parent.{Ascii(lastName)}.{login}", FirstNames[(pupilNumber + 9) % FirstNames.Length], lastName, ProfileKind.Relative, school.Id);
                    Links.Add(new FamilyLink { TenantId = TenantId, RelativeId = relative.Id, StudentId = pupil.Id, Relationship = pupilNumber % 2 == 0 ? "mère" : "père" });
                }

                if (pupilNumber == 1)
                {
                    Logins.Add(new DemoLogin(login, pupil.Id, $"Pupil of {className}, {name}"));
                }
            }
        }

        return build;
    }

    private Person AddPerson(string externalId, string firstName, string lastName, ProfileKind? kind, Guid? schoolId, string? position = null, bool isAdministrator = false)
    {
        var person = new Person
        {
            Id = IdOf($"person:{externalId}"), TenantId = TenantId, ExternalId = externalId,
            FirstName = firstName, LastName = lastName, Email = kind is ProfileKind.Student ? null : $"{externalId}@demo.ent.invalid",
        };
        People.Add(person);
        if (kind is { } profileKind && schoolId is { } school)
        {
            AddProfile(person.Id, school, profileKind, position, isAdministrator);
        }

        return person;
    }

    private void AddProfile(Guid personId, Guid schoolId, ProfileKind kind, string? position = null, bool isAdministrator = false) =>
        Profiles.Add(new Profile { Id = IdOf($"profile:{personId}:{schoolId}:{kind}"), TenantId = TenantId, PersonId = personId, SchoolId = schoolId, Kind = kind, Position = position, IsSchoolAdministrator = isAdministrator });

    private static string Ascii(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => c < 128 && char.IsLetterOrDigit(c)).ToArray()).ToLowerInvariant();

    public static Guid IdOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("ent-demo:" + key), hash);
        return new Guid(hash[..16]);
    }

    private sealed record SchoolBuild(School School)
    {
        public List<Person> Students { get; } = [];
    }
}

/// <summary>A demo account: its login, its person, and what it is for.</summary>
internal sealed record DemoLogin(string Login, Guid PersonId, string Role);
