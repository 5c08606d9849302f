using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Media.AuditTrail.Access;

/// <summary>ASP.NET Core's own result handler, with the refusal recorded first: a signed-in user whose roles do not
/// grant an endpoint's or a page's policy (the API answers 403, the admin pages redirect to "denied").</summary>
internal sealed class RefusedAccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            // Media's policies are named after the permission they require (docs/accounts.md).
            var policies = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => a.Policy).OfType<string>().Distinct() ?? [];
            await RefusedAccess.RecordAsync(context, "lacks permission: " + string.Join(", ", policies));
        }
        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
