using System.Collections.Concurrent;
using Ent.GraphQL.Loading;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace Ent.Tests.GraphQL.Loading;

public sealed class BatchLoaderTests
{
    private readonly ConcurrentQueue<int[]> _fetches = new();

    [Fact]
    public async Task Fetches_the_keys_queued_together_in_one_call_and_each_key_once()
    {
        var loader = GetLoader(new ResolveFieldContext { UserContext = new Dictionary<string, object?>() });

        var one = loader.Load(1);
        var two = loader.Load(2);
        var oneAgain = loader.Load(1);

        Assert.Equal("value 1", await one.GetResultAsync());
        Assert.Equal("value 2", await two.GetResultAsync());
        Assert.Equal("value 1", await oneAgain.GetResultAsync());
        Assert.Equal([1, 2], Assert.Single(_fetches));
    }

    [Fact]
    public async Task Keeps_loaded_values_and_fetches_only_new_keys_later()
    {
        var loader = GetLoader(new ResolveFieldContext { UserContext = new Dictionary<string, object?>() });
        await loader.Load(1).GetResultAsync();

        var cached = await loader.Load(1).GetResultAsync();
        var fresh = await loader.Load(3).GetResultAsync();

        Assert.Equal("value 1", cached);
        Assert.Equal("value 3", fresh);
        Assert.Equal([[1], [3]], _fetches);
    }

    [Fact]
    public async Task Returns_null_for_a_key_the_fetch_did_not_return()
    {
        var loader = GetLoader(new ResolveFieldContext { UserContext = new Dictionary<string, object?>() });

        Assert.Null(await loader.Load(-1).GetResultAsync());
    }

    [Fact]
    public async Task Gives_every_key_of_a_failed_batch_the_fetch_exception()
    {
        var context = new ResolveFieldContext { UserContext = new Dictionary<string, object?>() };
        var loader = context.GetBatchLoader<int, string>("failing", (_, _) => throw new InvalidOperationException("The database is down."));

        var one = loader.Load(1);
        var two = loader.Load(2);

        Assert.Equal("The database is down.", (await Assert.ThrowsAsync<InvalidOperationException>(() => one.GetResultAsync())).Message);
        Assert.Equal("The database is down.", (await Assert.ThrowsAsync<InvalidOperationException>(() => two.GetResultAsync())).Message);
    }

    [Fact]
    public void Shares_a_loader_by_name_within_an_execution_only()
    {
        var execution = new Dictionary<string, object?>();
        var first = GetLoader(new ResolveFieldContext { UserContext = execution });

        Assert.Same(first, GetLoader(new ResolveFieldContext { UserContext = execution }));
        Assert.NotSame(first, GetLoader(new ResolveFieldContext { UserContext = new Dictionary<string, object?>() }));
    }

    [Fact]
    public async Task Batches_the_keys_of_sibling_fields_during_a_real_execution()
    {
        var schema = new Schema { Query = new BooksQuery(this) };
        schema.Initialize();

        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = "{ books { title author } }";
            options.UserContext = new Dictionary<string, object?>();
        });

        Assert.Null(result.Errors);
        var json = new GraphQLSerializer().Serialize(result);
        Assert.Contains("\"author\":\"value 2\"", json, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], Assert.Single(_fetches).Order());
    }

    private BatchLoader<int, string> GetLoader(IResolveFieldContext context) =>
        context.GetBatchLoader<int, string>("tests.values", FetchAsync);

    private Task<IReadOnlyDictionary<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        _fetches.Enqueue([.. keys]);
        IReadOnlyDictionary<int, string> values = keys.Where(key => key >= 0).ToDictionary(key => key, key => $"value {key}");
        return Task.FromResult(values);
    }

    private sealed record Book(string Title, int AuthorId);

    private sealed class BookType : ObjectGraphType<Book>
    {
        public BookType(BatchLoaderTests test)
        {
            Name = "Book";
            Field<StringGraphType>("title").Resolve(context => context.Source.Title);
            Field<StringGraphType>("author").Resolve(context => test.GetLoader(context).Load(context.Source.AuthorId));
        }
    }

    private sealed class BooksQuery : ObjectGraphType
    {
        public BooksQuery(BatchLoaderTests test)
        {
            Name = "Query";
            Field("books", new ListGraphType(new BookType(test)))
                .Resolve(_ => new[] { new Book("A", 1), new Book("B", 2), new Book("C", 1), new Book("D", 3) });
        }
    }
}
