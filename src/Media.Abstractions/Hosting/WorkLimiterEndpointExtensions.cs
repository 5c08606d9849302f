using System.Globalization;
using Media.Abstractions.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Abstractions.Hosting;

public static class WorkLimiterEndpointExtensions
{
    /// <summary>Runs the endpoint only with a permit of <typeparamref name="TLimiter"/>; when none is free and the
    /// queue is full, <c>503</c> with <c>Retry-After</c> and a problem of type <c>…/busy</c>.</summary>
    public static RouteHandlerBuilder LimitConcurrency<TLimiter>(this RouteHandlerBuilder builder)
        where TLimiter : WorkLimiter =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var limiter = http.RequestServices.GetRequiredService<TLimiter>();
            using var lease = await limiter.AcquireAsync(http.RequestAborted);
            if (lease.IsAcquired) return await next(context);
            http.Response.Headers.RetryAfter = limiter.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Busy(limiter);
        });

    private static IResult Busy(WorkLimiter limiter) =>
        Problems.Problems.Make(StatusCodes.Status503ServiceUnavailable, "Busy", limiter.BusyMessage, ProblemTypes.Busy);
}
