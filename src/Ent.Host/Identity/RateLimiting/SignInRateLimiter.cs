using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Ent.Host.Identity.RateLimiting;

/// <summary>
/// Limits sign-in attempts with ASP.NET Core's rate limiter: so many per window from one IP address, and so many
/// per window for one login from anywhere. Other requests are not limited. A refused attempt answers 429 with
/// <c>Retry-After</c>.
/// </summary>
internal static class SignInRateLimiter
{
    public static IServiceCollection AddSignInRateLimiter(this IServiceCollection services, SignInRateLimitOptions settings)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(httpContext =>
                    SignInRequests.LoginOf(httpContext) is null
                        ? RateLimitPartition.GetNoLimiter(string.Empty)
                        : FixedWindow("address:" + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"), settings.PermitsPerAddress, settings.Window)),
                PartitionedRateLimiter.Create<HttpContext, string>(httpContext =>
                    SignInRequests.LoginOf(httpContext) is { } login
                        ? FixedWindow("login:" + login, settings.PermitsPerLogin, settings.Window)
                        : RateLimitPartition.GetNoLimiter(string.Empty)));
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await context.HttpContext.Response.WriteAsJsonAsync(
            new Dictionary<string, string>
            {
                ["error"] = "too_many_requests",
                ["error_description"] = "Too many sign-in attempts; wait before trying again.",
            },
            cancellationToken);
    }
}
