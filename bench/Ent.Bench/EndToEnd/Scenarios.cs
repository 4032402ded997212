using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Ent.GraphQL;

namespace Ent.Bench.EndToEnd;

/// <summary>The requests each user makes most, written from the plugins' documentation (docs/plugins).</summary>
internal static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new()
        {
            Name = "relative-dashboard",
            Description = "A relative's home page: their children, each child's classes and current period, the last 30 days of absences and their counts, the current period's marks and averages, unread forum messages.",
            Requires = ["absences"],
            Enriches = ["grades", "forum"],
            Requests = (setup, _) => Task.FromResult<IReadOnlyList<ScenarioRequest>>(
            [
                Dashboard(setup, $"{setup.Users.RelativeChildren} children", setup.Users.Relative),
                Dashboard(setup, "1 child", setup.Users.SingleChildRelative),
            ]),
        },
        new()
        {
            Name = "teacher-gradebook",
            Description = "A teacher's gradebook for one class: the current period's evaluations of their subject with every mark, and the class's averages.",
            Requires = ["grades"],
            Requests = GradebookAsync,
        },
        new()
        {
            Name = "staff-absences-of-the-day",
            Description = "A CPE's list of a day's absences and latenesses in their school, with each pupil's classes and the reason: the last weekday before today, since generated data stops at the start of today.",
            Requires = ["absences"],
            Requests = (setup, _) => Task.FromResult<IReadOnlyList<ScenarioRequest>>([AbsencesOfTheDay(setup)]),
        },
        new()
        {
            Name = "forum-category-page",
            Description = "A pupil opens their class's first forum category: the 20 latest subjects with their last message and unread counts.",
            Requires = ["forum"],
            Requests = ForumCategoryPageAsync,
        },
        new()
        {
            Name = "class-resources",
            Description = "A pupil opens their class's resources: the 20 latest with owner, subject, tags and latest file version.",
            Requires = ["resources"],
            Requests = (setup, _) => Task.FromResult<IReadOnlyList<ScenarioRequest>>([ClassResources(setup)]),
        },
    ];

    private static ScenarioRequest Dashboard(ScenarioSetup setup, string variant, Guid relative) =>
        new(variant, relative, DashboardQuery(setup.Bouquet), new JsonObject { ["from"] = Date(setup.Today.AddDays(-30)) });

    /// <summary>The relative's dashboard query, with the parts of the plugins in the bouquet.</summary>
    public static string DashboardQuery(IReadOnlySet<string> bouquet)
    {
        var has = bouquet;
        var query = new StringBuilder();
        query.Append("""
            query RelativeDashboard($from: DateOnly!) {
              me {
                id displayName
                children {
                  id displayName
                  classes { id name currentPeriod { id name startDate endDate } }
                  absenceEvents(where: {from: $from}, first: 50) {
                    totalCount
                    nodes { id kind date startsAt endsAt lateMinutes justificationState reason { label } }
                  }
                  absenceCounts(from: $from) { halfDays unjustifiedHalfDays hours latenesses }
            """);
        if (has.Contains("grades"))
        {
            query.Append("""
                      averages {
                        period { id name } overallAverage
                        subjects { nodes { subject { name } average markCount coefficient classStatistics { average minimum maximum } } }
                      }
                      marks(first: 20) { nodes { id value annotation valueOutOf20 evaluation { id title date coefficient maxMark subject { name } } } }
                """);
        }

        query.Append("\n    }\n");
        if (has.Contains("forum"))
        {
            query.Append("    forumUnread { total categories { unreadCount category { id name } } }\n");
        }

        query.Append("  }\n}\n");
        return query.ToString();
    }

    private static async Task<IReadOnlyList<ScenarioRequest>> GradebookAsync(ScenarioSetup setup, CancellationToken cancellationToken)
    {
        var classId = GlobalId.Encode(CoreTypeNames.Class, setup.Users.TeacherClass);
        var data = await setup.Client(setup.Users.Teacher, "query($class: ID!) { node(id: $class) { ... on Class { currentPeriod { id } } } }", new JsonObject { ["class"] = classId }, cancellationToken);
        var period = data["node"]?["currentPeriod"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException("The teacher's class has no current period: is today within the generated school year?");
        return
        [
            new ScenarioRequest("1 class", setup.Users.Teacher, """
                query Gradebook($class: ID!, $subject: ID!, $period: ID!) {
                  node(id: $class) {
                    ... on Class {
                      id name
                      students(first: 50) { nodes { id displayName } }
                      evaluations(subject: $subject, period: $period, first: 50) {
                        totalCount
                        nodes {
                          id title date kind coefficient maxMark isPublished
                          statistics { average minimum maximum count }
                          marks(first: 50) { nodes { id value annotation student { id } } }
                        }
                      }
                      averages(period: $period) { subjects { nodes { subject { name } statistics { average minimum maximum count } } } }
                    }
                  }
                }
                """, new JsonObject
            {
                ["class"] = classId,
                ["subject"] = GlobalId.Encode(CoreTypeNames.Subject, setup.Users.TeacherSubject),
                ["period"] = period,
            }),
        ];
    }

    private static ScenarioRequest AbsencesOfTheDay(ScenarioSetup setup) =>
        new("1 school", setup.Users.Cpe, """
            query AbsencesOfTheDay($school: ID!, $today: DateOnly!) {
              absenceEvents(where: {school: $school, from: $today, to: $today}, first: 100) {
                totalCount
                nodes {
                  id kind startsAt endsAt lateMinutes justificationState
                  student { id displayName classes { name } }
                  recordedBy { displayName }
                  reason { label }
                }
              }
            }
            """, new JsonObject
        {
            ["school"] = GlobalId.Encode(CoreTypeNames.School, setup.Users.School),
            ["today"] = Date(LastWeekdayBefore(setup.Today)),
        });

    private static DateOnly LastWeekdayBefore(DateOnly day)
    {
        do
        {
            day = day.AddDays(-1);
        }
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

        return day;
    }

    private static async Task<IReadOnlyList<ScenarioRequest>> ForumCategoryPageAsync(ScenarioSetup setup, CancellationToken cancellationToken)
    {
        var classId = GlobalId.Encode(CoreTypeNames.Class, setup.Users.PupilClass);
        var data = await setup.Client(setup.Users.Pupil, "query($class: ID!) { node(id: $class) { ... on Class { forumCategories { id } } } }", new JsonObject { ["class"] = classId }, cancellationToken);
        var category = data["node"]?["forumCategories"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException("The pupil's class has no forum category: does the forum plugin generate synthetic data?");
        return
        [
            new ScenarioRequest("1 category", setup.Users.Pupil, """
                query ForumCategoryPage($category: ID!) {
                  node(id: $category) {
                    ... on ForumCategory {
                      id name viewerRight unreadCount
                      subjects(first: 20) {
                        totalCount
                        nodes {
                          id title isPinned isLocked messageCount unreadCount lastActivityAt
                          author { displayName }
                          lastMessage { html createdAt author { displayName } }
                        }
                      }
                    }
                  }
                }
                """, new JsonObject { ["category"] = category }),
        ];
    }

    private static ScenarioRequest ClassResources(ScenarioSetup setup) =>
        new("1 class", setup.Users.Pupil, """
            query ClassResources($class: ID!) {
              node(id: $class) {
                ... on Class {
                  id name
                  resources(first: 20) {
                    totalCount
                    nodes {
                      id kind title level tags updatedAt url myRight
                      owner { displayName }
                      subject { name }
                      latestVersion { fileName size contentType }
                    }
                  }
                }
              }
            }
            """, new JsonObject { ["class"] = GlobalId.Encode(CoreTypeNames.Class, setup.Users.PupilClass) });

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
