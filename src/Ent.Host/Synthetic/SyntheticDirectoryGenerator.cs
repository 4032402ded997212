using Ent.Directory;
using Ent.Synthetic;

namespace Ent.Host.Synthetic;

/// <summary>
/// Generates a believable directory at a chosen scale, the same for the same seed: collèges with classes of
/// about 26 pupils from 6e to 3e, Latin and second-language groups from 5e, a teacher per subject for every six
/// classes, staff, and families of one to three children with one or two relatives, a few of them with
/// children in two schools.
/// </summary>
internal sealed class SyntheticDirectoryGenerator(string tenantId, int seed)
{
    private const int PupilsPerClass = 26;
    private const int ClassesPerTeacher = 6;

    private static readonly string[] Levels = ["6e", "5e", "4e", "3e"];
    private static readonly (string Code, string Name)[] ClassSubjects =
    [
        ("MATHS", "Mathématiques"), ("FRANC", "Français"), ("HIGEO", "Histoire-Géographie"), ("ANGL", "Anglais"),
        ("SVT", "Sciences de la vie et de la Terre"), ("PHYCH", "Physique-Chimie"), ("TECHN", "Technologie"),
        ("EPS", "Éducation physique et sportive"), ("ARTS", "Arts plastiques"), ("MUSIQ", "Éducation musicale"),
    ];

    private static readonly (string Code, string Name)[] GroupSubjects = [("LATIN", "Latin"), ("ESP", "Espagnol"), ("ALL", "Allemand")];
    private static readonly string[] FirstNames = ["Léa", "Hugo", "Chloé", "Louis", "Emma", "Gabriel", "Jade", "Arthur", "Louise", "Jules", "Alice", "Raphaël", "Lina", "Adam", "Rose", "Nathan", "Anna", "Tom", "Inès", "Paul", "Mila", "Sacha", "Zoé", "Noah", "Camille", "Ethan", "Léna", "Timéo", "Julia", "Maël"];
    private static readonly string[] LastNames = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia"];

    private readonly Random _random = new(seed);

    public SyntheticDirectory Generate(int schools, int pupilsPerSchool)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(schools, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pupilsPerSchool, Levels.Length);
        var directory = new SyntheticDirectory { TenantId = tenantId };
        var pupilsBySchool = new List<List<Person>>();
        for (var s = 0; s < schools; s++)
        {
            pupilsBySchool.Add(GenerateSchool(directory, s, pupilsPerSchool));
        }

        GenerateFamilies(directory, pupilsBySchool);
        return directory;
    }

    private List<Person> GenerateSchool(SyntheticDirectory directory, int index, int pupilCount)
    {
        var school = new School
        {
            Id = NextId(), TenantId = tenantId, Uai = $"0{41 + (index / 900):00}{index % 900 + 100:000}{(char)('A' + (index % 26))}",
            Name = $"Collège {LastNames[index % LastNames.Length]} {index + 1}", Kind = SchoolKind.College, City = $"Commune {index + 1}",
        };
        directory.Schools.Add(school);
        var year = new SchoolYear { Id = NextId(), TenantId = tenantId, SchoolId = school.Id, Name = "2026-2027", StartDate = new(2026, 9, 1), EndDate = new(2027, 7, 4) };
        directory.SchoolYears.Add(year);
        DateOnly[] starts = [new(2026, 9, 1), new(2026, 12, 1), new(2027, 3, 8)];
        DateOnly[] ends = [new(2026, 11, 30), new(2027, 3, 7), new(2027, 7, 4)];
        for (var t = 0; t < 3; t++)
        {
            directory.Periods.Add(new Period
            {
                Id = NextId(), TenantId = tenantId, SchoolId = school.Id, SchoolYearId = year.Id, Name = $"Trimestre {t + 1}",
                Kind = PeriodKind.Trimester, Number = t + 1, StartDate = starts[t], EndDate = ends[t],
                EntryClosesOn = ends[t].AddDays(4), CouncilDate = ends[t].AddDays(8), ReportCardsPublishedOn = ends[t].AddDays(15),
            });
        }

        var classSubjects = ClassSubjects.Select(s => new Subject { Id = NextId(), TenantId = tenantId, SchoolId = school.Id, Code = s.Code, Name = s.Name }).ToList();
        var groupSubjects = GroupSubjects.Select(s => new Subject { Id = NextId(), TenantId = tenantId, SchoolId = school.Id, Code = s.Code, Name = s.Name }).ToList();
        directory.Subjects.AddRange(classSubjects);
        directory.Subjects.AddRange(groupSubjects);

        foreach (var (position, isAdministrator) in new[] { ("Principal", true), ("CPE", false), ("Secrétariat", false) })
        {
            AddPerson(directory, school.Id, ProfileKind.Personnel, position, isAdministrator);
        }

        var classesPerLevel = Math.Max(1, (int)Math.Ceiling(pupilCount / (double)Levels.Length / PupilsPerClass));
        var classes = new List<SchoolClass>();
        var groupsWithSubjects = new List<(TeachingGroup, Subject)>();
        var pupils = new List<Person>();
        for (var l = 0; l < Levels.Length; l++)
        {
            var levelPupils = pupilCount / Levels.Length + (l < pupilCount % Levels.Length ? 1 : 0);
            var levelClasses = new List<SchoolClass>();
            for (var c = 0; c < classesPerLevel; c++)
            {
                var letter = (char)('A' + c);
                var schoolClass = new SchoolClass { Id = NextId(), TenantId = tenantId, SchoolId = school.Id, Code = $"{Levels[l]}{letter}", Name = $"{Levels[l]} {letter}", Level = Levels[l] };
                levelClasses.Add(schoolClass);
            }

            classes.AddRange(levelClasses);
            directory.Classes.AddRange(levelClasses);
            // Latin and the second language start in 5e.
            var groups = l == 0 ? [] : groupSubjects.Select(s => new TeachingGroup { Id = NextId(), TenantId = tenantId, SchoolId = school.Id, Code = $"{s.Code}{Levels[l]}", Name = $"{s.Name} {Levels[l]}" }).ToList();
            directory.Groups.AddRange(groups);
            for (var p = 0; p < levelPupils; p++)
            {
                var pupil = AddPerson(directory, school.Id, ProfileKind.Student);
                pupil.BirthDate = new DateOnly(2015 - l, 1 + _random.Next(12), 1 + _random.Next(28));
                pupils.Add(pupil);
                directory.Enrollments.Add(new ClassEnrollment { TenantId = tenantId, StudentId = pupil.Id, ClassId = levelClasses[p % levelClasses.Count].Id });
                if (groups.Count > 0)
                {
                    directory.Memberships.Add(new GroupMembership { TenantId = tenantId, StudentId = pupil.Id, GroupId = groups[1 + _random.Next(2)].Id });
                    if (_random.NextDouble() < 0.15)
                    {
                        directory.Memberships.Add(new GroupMembership { TenantId = tenantId, StudentId = pupil.Id, GroupId = groups[0].Id });
                    }
                }
            }

            groupsWithSubjects.AddRange(groups.Zip(groupSubjects));
        }

        AssignClassTeachers(directory, school.Id, classes, classSubjects);
        AssignGroupTeachers(directory, school.Id, groupsWithSubjects);
        return pupils;
    }

    // A teacher per subject for every six classes; each class's form tutor is one of its teachers.
    private void AssignClassTeachers(SyntheticDirectory directory, Guid schoolId, List<SchoolClass> classes, List<Subject> subjects)
    {
        for (var s = 0; s < subjects.Count; s++)
        {
            Person? teacher = null;
            for (var c = 0; c < classes.Count; c++)
            {
                if (c % ClassesPerTeacher == 0)
                {
                    teacher = AddPerson(directory, schoolId, ProfileKind.Teacher);
                }

                directory.Assignments.Add(new TeachingAssignment { Id = NextId(), TenantId = tenantId, SchoolId = schoolId, TeacherId = teacher!.Id, ClassId = classes[c].Id, SubjectId = subjects[s].Id });
                if (s == c % subjects.Count)
                {
                    directory.FormTutors.Add(new FormTutor { TenantId = tenantId, ClassId = classes[c].Id, TeacherId = teacher.Id });
                }
            }
        }
    }

    // One teacher per group subject, for all the levels' groups of that subject.
    private void AssignGroupTeachers(SyntheticDirectory directory, Guid schoolId, List<(TeachingGroup Group, Subject Subject)> groups)
    {
        foreach (var bySubject in groups.GroupBy(g => g.Subject))
        {
            var teacher = AddPerson(directory, schoolId, ProfileKind.Teacher);
            foreach (var (group, subject) in bySubject)
            {
                directory.Assignments.Add(new TeachingAssignment { Id = NextId(), TenantId = tenantId, SchoolId = schoolId, TeacherId = teacher.Id, GroupId = group.Id, SubjectId = subject.Id });
            }
        }
    }

    // Families of one to three pupils with one or two relatives; siblings are usually in the same school,
    // sometimes (2 %) in the next one.
    private void GenerateFamilies(SyntheticDirectory directory, List<List<Person>> pupilsBySchool)
    {
        var schoolIds = directory.Schools.Select(s => s.Id).ToList();
        var remaining = pupilsBySchool.Select(list => new Queue<Person>(list.OrderBy(_ => _random.Next()))).ToList();
        for (var s = 0; s < remaining.Count; s++)
        {
            while (remaining[s].Count > 0)
            {
                var children = new List<(Person Pupil, int School)> { (remaining[s].Dequeue(), s) };
                var siblings = _random.NextDouble() < 0.3 ? 1 + (_random.NextDouble() < 0.2 ? 1 : 0) : 0;
                for (var k = 0; k < siblings; k++)
                {
                    var other = _random.NextDouble() < 0.02 && s + 1 < remaining.Count ? s + 1 : s;
                    if (remaining[other].Count > 0)
                    {
                        children.Add((remaining[other].Dequeue(), other));
                    }
                }

                var lastName = children[0].Pupil.LastName;
                var relativeCount = _random.NextDouble() < 0.8 ? 2 : 1;
                for (var r = 0; r < relativeCount; r++)
                {
                    var relative = AddPerson(directory, schoolIds[children[0].School], ProfileKind.Relative, lastName: lastName);
                    foreach (var otherSchool in children.Select(c => c.School).Distinct().Where(school => school != children[0].School))
                    {
                        directory.Profiles.Add(NewProfile(relative.Id, schoolIds[otherSchool], ProfileKind.Relative));
                    }

                    foreach (var (pupil, _) in children)
                    {
                        pupil.LastName = lastName;
                        directory.FamilyLinks.Add(new FamilyLink { TenantId = tenantId, RelativeId = relative.Id, StudentId = pupil.Id, Relationship = r == 0 ? "mère" : "père" });
                    }
                }
            }
        }
    }

    private Person AddPerson(SyntheticDirectory directory, Guid schoolId, ProfileKind kind, string? position = null, bool isAdministrator = false, string? lastName = null)
    {
        var person = new Person
        {
            Id = NextId(), TenantId = tenantId, ExternalId = $"syn-{directory.People.Count + 1:0000000}",
            FirstName = FirstNames[_random.Next(FirstNames.Length)], LastName = lastName ?? LastNames[_random.Next(LastNames.Length)],
        };
        directory.People.Add(person);
        var profile = NewProfile(person.Id, schoolId, kind);
        profile.Position = position;
        profile.IsSchoolAdministrator = isAdministrator;
        directory.Profiles.Add(profile);
        return person;
    }

    private Profile NewProfile(Guid personId, Guid schoolId, ProfileKind kind) =>
        new() { Id = NextId(), TenantId = tenantId, PersonId = personId, SchoolId = schoolId, Kind = kind };

    private Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
