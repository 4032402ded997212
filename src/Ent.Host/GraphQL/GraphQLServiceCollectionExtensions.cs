using Ent.Host.GraphQL.Execution;
using Ent.Host.GraphQL.Http;
using Ent.Host.GraphQL.Schema;
using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Ent.Host.GraphQL;

internal static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddEntGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<GraphQLOptions>(configuration.GetSection(GraphQLOptions.SectionName));
        services.AddSingleton<IErrorInfoProvider>(new ErrorInfoProvider(options =>
        {
            options.ExposeCode = true;
            options.ExposeCodes = false;
            options.ExposeData = false;
            options.ExposeExceptionDetails = environment.IsDevelopment();
        }));
        // Responses are JSON for API clients, never embedded in HTML, so non-ASCII text is written as is.
        services.AddSingleton<IGraphQLTextSerializer>(provider => new GraphQLSerializer(
            options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            provider.GetRequiredService<IErrorInfoProvider>()));
        services.AddSingleton<SchemaFactory>();
        services.AddSingleton<SchemaRegistry>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<GraphQLExecutor>();
        services.AddSingleton<GraphQLMultipartRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapEntGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(GraphQLHttpEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext context, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(context));
        endpoints.MapGet(SdlEndpoint.Path, SdlEndpoint.HandleAsync);
        return endpoints;
    }
}
