namespace Ent.Host.Tests.Infrastructure;

/// <summary>Plugins the host tests compile and load.</summary>
internal static class TestPlugins
{
    /// <summary>
    /// Adds, open to anonymous requests, <c>Query.hello</c>, <c>Query.greeting</c> (a recursive <c>Greeting</c> type, for depth and
    /// complexity), <c>Query.fail</c> (a resolver that throws) and <c>Mutation.echo</c>.
    /// </summary>
    public static readonly TestPlugin Greetings = new("Greetings", "greetings")
    {
        ConfigureSchema = """
            schema.AddType<GreetingType>();
            schema.ExtendQuery(query =>
            {
                query.Field<NonNullGraphType<StringGraphType>>("hello")
                    .AllowAnonymous()
                    .Argument<StringGraphType>("name")
                    .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
                query.Field<NonNullGraphType<GreetingType>>("greeting")
                    .AllowAnonymous()
                    .Resolve(_ => new Greeting("Hi", 0));
                query.Field<StringGraphType>("fail")
                    .AllowAnonymous()
                    .Resolve(_ => throw new System.InvalidOperationException("Secret detail: password=hunter2"));
            });
            schema.ExtendMutation(mutation =>
                mutation.Field<NonNullGraphType<StringGraphType>>("echo")
                    .AllowAnonymous()
                    .Argument<NonNullGraphType<StringGraphType>>("text")
                    .Resolve(context => context.GetArgument<string>("text")));
            """,
        Types = """
            public sealed record Greeting(string Text, int Level);

            public sealed class GreetingType : ObjectGraphType<Greeting>
            {
                public GreetingType()
                {
                    Name = "Greeting";
                    Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
                    Field<NonNullGraphType<IntGraphType>>("level").Resolve(context => context.Source.Level);
                    Field<GreetingType>("next").Resolve(context => new Greeting("Again", context.Source.Level + 1));
                    Field<NonNullGraphType<ListGraphType<NonNullGraphType<GreetingType>>>>("replies")
                        .Resolve(context => new[] { new Greeting("Reply", context.Source.Level + 1) });
                }
            }
            """,
    };

    /// <summary>Depends on <see cref="Greetings"/> and extends its <c>Greeting</c> type with <c>farewell</c>.</summary>
    public static readonly TestPlugin Farewells = new("Farewells", "farewells")
    {
        Dependencies = ["greetings"],
        ConfigureSchema = """
            schema.ExtendType<object>("Greeting", greeting =>
                greeting.Field<NonNullGraphType<StringGraphType>>("farewell").Resolve(_ => "Goodbye!"));
            """,
    };

    /// <summary>Adds <c>Query.forecast</c>; shares nothing with <see cref="Greetings"/>.</summary>
    public static readonly TestPlugin Weather = new("Weather", "weather")
    {
        ConfigureSchema = """
            schema.ExtendQuery(query => query.Field<NonNullGraphType<StringGraphType>>("forecast").AllowAnonymous().Resolve(_ => "Sunny"));
            """,
    };
}
