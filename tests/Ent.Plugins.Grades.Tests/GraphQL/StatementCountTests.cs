using Ent.Directory;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.Tests.Infrastructure;
using Ent.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Ent.Plugins.Grades.Tests.GraphQL;

/// <summary>
/// Published marks for the relatives' children: A2 (the one child of <see cref="GradesWorld.ParentOfOne"/>)
/// has 10; A1, B1 and C1 (the three children of <see cref="GradesWorld.ParentOfThree"/>, in two classes of
/// one collège and a class of another) have 115 between them, with their classmates' marks beside.
/// </summary>
public class ManyMarksFixture<TEngine> : GradesHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!IsStarted)
        {
            return;
        }

        var w = World;
        await Host.WriteAsync(db =>
        {
            AddEvaluations(db, w.Rabelais, w.ClassA.Id, null, w.Trimester1, [(w.Maths, w.MathsTeacher, 20), (w.French, w.FrenchTeacher, 15)], w.StudentsA, except: (w.StudentsA[1], 10));
            AddEvaluations(db, w.Rabelais, w.ClassB.Id, null, w.Trimester1, [(w.Maths, w.MathsTeacher, 20), (w.History, w.HistoryTeacher, 15)], w.StudentsB, except: null);
            AddEvaluations(db, w.Rabelais, null, w.Latin.Id, w.Trimester1, [(w.LatinSubject, w.LatinTeacher, 5)], [w.StudentsA[0], w.StudentsB[0]], except: null);
            AddEvaluations(db, w.Ronsard, w.ClassC.Id, null, w.RonsardTrimester1, [(w.RonsardMaths, w.RonsardMathsTeacher, 35)], w.StudentsC, except: null);
        });
    }

    private static void AddEvaluations(
        Ent.Plugins.Grades.Data.GradesDbContext db, School school, Guid? classId, Guid? groupId, Period period,
        (Subject Subject, Person Teacher, int Count)[] subjects, List<Person> students, (Person Student, int MarkCount)? except)
    {
        var n = 0;
        foreach (var (subject, teacher, count) in subjects)
        {
            for (var i = 0; i < count; i++, n++)
            {
                var evaluation = new Evaluation
                {
                    Id = Guid.NewGuid(), TenantId = GradesTestHost.Tenant, SchoolId = school.Id, SubjectId = subject.Id, ClassId = classId, GroupId = groupId,
                    TeacherId = teacher.Id, PeriodId = period.Id, Date = period.StartDate.AddDays(n), Title = $"{subject.Code} {i + 1}",
                    Coefficient = 1 + (i % 3), MaxMark = i % 4 == 0 ? 10 : 20, PublishAt = FixedTimeProvider.TestNow.AddDays(-1),
                };
                db.Add(evaluation);
                for (var s = 0; s < students.Count; s++)
                {
                    if (except is { } limit && students[s].Id == limit.Student.Id && n >= limit.MarkCount)
                    {
                        continue;
                    }

                    db.Add(new Mark
                    {
                        Id = Guid.NewGuid(), TenantId = GradesTestHost.Tenant, EvaluationId = evaluation.Id, StudentId = students[s].Id,
                        Value = (i + s) % 7 == 6 ? null : (i * 3 + s * 5) % (int)evaluation.MaxMark,
                        Annotation = (i + s) % 7 == 6 ? MarkAnnotation.Absent : (i + s) % 11 == 5 ? MarkAnnotation.Bonus : null,
                        EnteredById = teacher.Id, EnteredAt = FixedTimeProvider.TestNow, UpdatedById = teacher.Id, UpdatedAt = FixedTimeProvider.TestNow,
                    });
                }
            }
        }
    }
}

public abstract class StatementCountTests<TEngine>(ManyMarksFixture<TEngine> fixture, ITestOutputHelper output) : IClassFixture<ManyMarksFixture<TEngine>>
    where TEngine : IDatabaseEngine
{
    private const string ChildrenMarksAndAverages = """
        {
          me {
            children {
              displayName
              marks {
                totalCount
                nodes {
                  value annotation valueOutOf20 updatedAt
                  evaluation { title date kind coefficient maxMark subject { name } teacher { displayName } statistics { average minimum maximum count } }
                  corrections { totalCount }
                }
              }
              averages {
                period { name }
                overallAverage
                subjects { nodes { subject { name } average markCount bonusMarkCount coefficient classStatistics { average minimum maximum count } } }
              }
              reportCard { isPublished }
            }
          }
        }
        """;

    private static string Summary(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));
        var from = flat.IndexOf(" FROM ", StringComparison.Ordinal);
        return from < 0 ? flat[..Math.Min(flat.Length, 120)] : flat[from..Math.Min(flat.Length, from + 120)];
    }

    [SkippableFact]
    public async Task A_relatives_marks_and_averages_take_as_many_statements_for_three_children_and_115_marks_as_for_one_and_10()
    {
        using var parentOfOne = fixture.Host.ClientFor(fixture.World.ParentOfOne.Id);
        using var parentOfThree = fixture.Host.ClientFor(fixture.World.ParentOfThree.Id);
        await parentOfOne.DataAsync(ChildrenMarksAndAverages);

        System.Text.Json.Nodes.JsonObject? one = null, three = null;
        var oneChild = await fixture.Host.Statements.CountAsync(async () => one = await parentOfOne.DataAsync(ChildrenMarksAndAverages));
        var threeChildren = await fixture.Host.Statements.CountAsync(async () => three = await parentOfThree.DataAsync(ChildrenMarksAndAverages));

        output.WriteLine($"{TEngine.Provider}: one child, 10 marks: {oneChild.Count} statements; three children, 115 marks: {threeChildren.Count} statements.");
        foreach (var statement in threeChildren.GroupBy(Summary).OrderByDescending(group => group.Count()))
        {
            output.WriteLine($"{statement.Count()} × {statement.Key}");
        }

        Assert.Equal(10, one!["me"]!["children"]![0]!["marks"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(115, three!["me"]!["children"]!.AsArray().Sum(child => child!["marks"]!["totalCount"]!.GetValue<int>()));
        Assert.All(three["me"]!["children"]!.AsArray(), child => Assert.NotNull(child!["averages"]!["overallAverage"]));
        Assert.Equal(oneChild.Count, threeChildren.Count);
        Assert.InRange(threeChildren.Count, 1, 20);
    }
}

public sealed class StatementCountTestsOnSqlite(ManyMarksFixture<Sqlite> fixture, ITestOutputHelper output) : StatementCountTests<Sqlite>(fixture, output);

public sealed class StatementCountTestsOnPostgreSql(ManyMarksFixture<PostgreSql> fixture, ITestOutputHelper output) : StatementCountTests<PostgreSql>(fixture, output);
