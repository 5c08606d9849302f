using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Abstractions.Security;

public static class StepUpEndpointExtensions
{
    /// <summary>Asks a caller with TOTP for a recent second-factor proof before the handler runs (docs/accounts.md §9).</summary>
    public static RouteHandlerBuilder RequireStepUp(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<IStepUpGate>().CheckAsync(context.HttpContext) ?? await next(context))
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
