using System.Buffers.Text;
using System.Text;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ent.Tests.GraphQL.Connections;

/// <summary>The same paging rules, over a list in memory and over a real SQLite query.</summary>
public sealed class ConnectionFactoryTests : IDisposable
{
    private const int Count = 10;
    private static readonly int[] Numbers = [.. Enumerable.Range(0, Count)];

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ConnectionFactoryTests()
    {
        _connection.Open();
        using var context = CreateContext();
        context.Database.EnsureCreated();
        context.Numbers.AddRange(Numbers.Select(value => new NumberRow { Value = value }));
        context.SaveChanges();
    }

    public enum Source
    {
        Memory,
        Sqlite,
    }

    public static TheoryData<Source> Sources => [Source.Memory, Source.Sqlite];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Returns_everything_in_one_page_without_arguments(Source source)
    {
        var page = await PageAsync(source, new ConnectionArguments(null, null, null, null), wantsCount: true);

        Assert.Equal(Numbers, Values(page));
        Assert.False(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
        Assert.Equal(Count, page.TotalCount);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Takes_first_from_the_start(Source source)
    {
        var page = await PageAsync(source, new ConnectionArguments(3, null, null, null));

        Assert.Equal([0, 1, 2], Values(page));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
        Assert.Equal(page.Edges[0].Cursor, page.PageInfo.StartCursor);
        Assert.Equal(page.Edges[^1].Cursor, page.PageInfo.EndCursor);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Walks_forward_with_after_the_end_cursor(Source source)
    {
        var first = await PageAsync(source, new ConnectionArguments(4, null, null, null));
        var second = await PageAsync(source, new ConnectionArguments(4, first.PageInfo.EndCursor, null, null));
        var third = await PageAsync(source, new ConnectionArguments(4, second.PageInfo.EndCursor, null, null));

        Assert.Equal([4, 5, 6, 7], Values(second));
        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.True(second.PageInfo.HasNextPage);
        Assert.Equal([8, 9], Values(third));
        Assert.False(third.PageInfo.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Returns_an_empty_page_after_the_last_cursor(Source source)
    {
        var all = await PageAsync(source, new ConnectionArguments(Count, null, null, null));

        var page = await PageAsync(source, new ConnectionArguments(5, all.PageInfo.EndCursor, null, null));

        Assert.Empty(page.Edges);
        Assert.False(page.PageInfo.HasNextPage);
        Assert.Null(page.PageInfo.StartCursor);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Takes_last_from_the_end(Source source)
    {
        var page = await PageAsync(source, new ConnectionArguments(null, null, 3, null));

        Assert.Equal([7, 8, 9], Values(page));
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.False(page.PageInfo.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Walks_backward_with_before_the_start_cursor(Source source)
    {
        var last = await PageAsync(source, new ConnectionArguments(null, null, 4, null));
        var previous = await PageAsync(source, new ConnectionArguments(null, null, 4, last.PageInfo.StartCursor));
        var first = await PageAsync(source, new ConnectionArguments(null, null, 4, previous.PageInfo.StartCursor));

        Assert.Equal([2, 3, 4, 5], Values(previous));
        Assert.True(previous.PageInfo.HasPreviousPage);
        Assert.True(previous.PageInfo.HasNextPage);
        Assert.Equal([0, 1], Values(first));
        Assert.False(first.PageInfo.HasPreviousPage);
        Assert.True(first.PageInfo.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Takes_the_range_between_after_and_before(Source source)
    {
        var page = await PageAsync(source, new ConnectionArguments(10, Cursor(2), null, Cursor(6)));

        Assert.Equal([3, 4, 5], Values(page));
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Accepts_the_largest_page(Source source)
    {
        var page = await PageAsync(source, new ConnectionArguments(ConnectionArguments.MaxPageSize, null, null, null));

        Assert.Equal(Numbers, Values(page));
    }

    [Theory]
    [MemberData(nameof(InvalidArguments))]
    public async Task Refuses_invalid_arguments_as_bad_user_input(ConnectionArguments arguments, string message)
    {
        foreach (var source in new[] { Source.Memory, Source.Sqlite })
        {
            var error = await Assert.ThrowsAsync<ExecutionError>(() => PageAsync(source, arguments));

            Assert.Equal(ErrorCodes.BadUserInput, error.Code);
            Assert.Equal(message, error.Message);
        }
    }

    public static TheoryData<ConnectionArguments, string> InvalidArguments => new()
    {
        { new ConnectionArguments(ConnectionArguments.MaxPageSize + 1, null, null, null), "A page holds at most 200 objects." },
        { new ConnectionArguments(null, null, ConnectionArguments.MaxPageSize + 1, null), "A page holds at most 200 objects." },
        { new ConnectionArguments(-1, null, null, null), "`first` and `last` must not be negative." },
        { new ConnectionArguments(null, null, -1, null), "`first` and `last` must not be negative." },
        { new ConnectionArguments(1, null, 1, null), "Pass `first` or `last`, not both." },
        { new ConnectionArguments(1, "garbage!", null, null), "The cursor is not valid for this list." },
        { new ConnectionArguments(1, null, null, Encode("offset:-1")), "The cursor is not valid for this list." },
        { new ConnectionArguments(1, Encode("page:3"), null, null), "The cursor is not valid for this list." },
    };

    public void Dispose() => _connection.Dispose();

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static string Cursor(int offset) => Encode($"offset:{offset}");

    private static int[] Values(Connection<int> page) => [.. page.Edges.Select(edge => edge.Node)];

    private async Task<Connection<int>> PageAsync(Source source, ConnectionArguments arguments, bool wantsCount = false)
    {
        if (source == Source.Memory)
        {
            return Numbers.ToConnection(arguments);
        }

        await using var context = CreateContext();
        var query = context.Numbers.Select(row => row.Value).OrderBy(value => value);
        return await query.ToConnectionAsync(FieldContext(arguments, wantsCount));
    }

    private static ResolveFieldContext FieldContext(ConnectionArguments arguments, bool wantsCount)
    {
        var values = new Dictionary<string, ArgumentValue>
        {
            ["first"] = new(arguments.First, ArgumentSource.Literal),
            ["after"] = new(arguments.After, ArgumentSource.Literal),
            ["last"] = new(arguments.Last, ArgumentSource.Literal),
            ["before"] = new(arguments.Before, ArgumentSource.Literal),
        };
        var subFields = new Dictionary<string, (GraphQLField Field, FieldType FieldType)>();
        if (wantsCount)
        {
            subFields["totalCount"] = (new GraphQLField(new GraphQLName("totalCount")), new FieldType { Name = "totalCount" });
        }

        return new ResolveFieldContext { Arguments = values, SubFields = subFields };
    }

    private NumbersContext CreateContext() =>
        new(new DbContextOptionsBuilder<NumbersContext>().UseSqlite(_connection).Options);

    private sealed class NumbersContext(DbContextOptions<NumbersContext> options) : DbContext(options)
    {
        public DbSet<NumberRow> Numbers => Set<NumberRow>();
    }

    private sealed class NumberRow
    {
        public int Id { get; set; }

        public int Value { get; set; }
    }
}
