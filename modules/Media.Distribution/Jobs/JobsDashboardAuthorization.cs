using Hangfire.Dashboard;
using Media.Abstractions.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Distribution.Jobs;

/// <summary>The jobs dashboard is for Admins signed in to the admin pages.</summary>
internal sealed class JobsDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(); // the default scheme picks the admin cookie for /admin paths
        if (!result.Succeeded) return false;
        var permissions = http.RequestServices.GetRequiredService<IPermissionService>();
        return permissions.Has(result.Principal, DistributionPermissions.ManageJobs);
    }
}
