using Ent.Host.Access;
using Ent.Host.GraphQL.Execution;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Tenancy;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ent.Host.GraphQL.Http;

/// <summary>
/// Serves <c>/graphql</c> as the GraphQL-over-HTTP specification describes. With
/// <c>application/graphql-response+json</c>, a request that fails before execution (parse, validation,
/// variables) answers 400; with <c>application/json</c>, GraphQL errors answer 200. A POST may also be
/// <c>multipart/form-data</c> under the GraphQL multipart request specification, to send files
/// (<see cref="GraphQLMultipartRequestReader"/>).
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    TenantResolver tenants,
    SchemaRegistry schemas,
    GraphQLExecutor executor,
    GraphQLMultipartRequestReader multipartReader,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options)
{
    public const string Path = "/graphql";

    public async Task HandleAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var mediaType = GraphQLMediaTypes.Negotiate(request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(httpContext, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, "BAD_REQUEST",
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var read = isGet
            ? GraphQLHttpRequestReader.ReadGet(request)
            : GraphQLMultipartRequestReader.IsMultipart(request.ContentType)
                ? await multipartReader.ReadAsync(httpContext, options.Value.MaxBatchSize)
                : await GraphQLHttpRequestReader.ReadPostAsync(request, options.Value.MaxBatchSize, httpContext.RequestAborted);
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (read.Problem is not null)
        {
            await WriteProblemAsync(httpContext, mediaType, read.FailureStatus, read.ProblemCode, read.Problem);
            return;
        }

        var tenant = tenants.Resolve(httpContext);
        if (tenant.Tenant is null)
        {
            await WriteProblemAsync(httpContext, mediaType, StatusCodes.Status400BadRequest, "TENANT_NOT_FOUND", tenant.Problem!);
            return;
        }

        httpContext.RequestServices.GetRequiredService<TenantAccessor>().Tenant = tenant.Tenant;
        await httpContext.RequestServices.GetRequiredService<ViewerAccessor>().LoadAsync(httpContext.User, tenant.Tenant, httpContext.RequestAborted);
        var schema = schemas.GetSchema(tenant.Tenant);

        if (read.IsBatch)
        {
            var results = new List<ExecutionResult>(read.Requests.Count);
            foreach (var operation in read.Requests)
            {
                results.Add(await executor.ExecuteAsync(schema, operation, httpContext, isGet));
            }

            await WriteAsync(httpContext, mediaType, StatusCodes.Status200OK, results);
            return;
        }

        var result = await executor.ExecuteAsync(schema, read.Requests[0], httpContext, isGet);
        await WriteAsync(httpContext, mediaType, StatusCodeOf(result, mediaType), result);
    }

    private static int StatusCodeOf(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(error => error.Code == QueriesOnlyValidationRule.Code) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // A request error (the document did not parse or validate, or the variables did not coerce) means
        // execution never started: no data.
        var isRequestError = !result.Executed && result.Errors?.Count > 0;
        return isRequestError && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private Task WriteProblemAsync(HttpContext httpContext, string mediaType, int status, string code, string message) =>
        WriteAsync(httpContext, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    private async Task WriteAsync(HttpContext httpContext, string mediaType, int status, object result)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = $"{mediaType}; charset=utf-8";
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers[HeaderNames.Allow] = "POST";
        }

        await serializer.WriteAsync(response.Body, result, httpContext.RequestAborted);
    }
}
