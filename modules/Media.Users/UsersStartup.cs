using Media.Abstractions.Admin;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Abstractions.Telemetry;
using Media.Data;
using Media.Users.Accounts;
using Media.Users.Bootstrap;
using Media.Users.Data;
using Media.Users.Endpoints;
using Media.Users.SecondFactor;
using Media.Users.Security;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Users;

public static class UsersStartup
{
    public static IHostApplicationBuilder AddUsers(this IHostApplicationBuilder builder, bool seedDemo)
    {
        var services = builder.Services;
        services.AddModelContributor(typeof(UsersStartup).Assembly);
        services.AddOptions<UsersOptions>().BindConfiguration("Media:Users").ValidateDataAnnotations()
            .Validate(o => o.SignInLimitWindow > TimeSpan.Zero, "Media:Users:SignInLimitWindow must be positive.")
            .PostConfigure(o => o.RequireSecondFactor ??= builder.Environment.IsProduction() ? "all" : "none")
            .ValidateOnStart();
        services.AddSingleton<IPermissionProvider, UsersPermissions>();
        services.AddSingleton<IPasswordHasher<MediaUser>, PasswordHasher<MediaUser>>();
        services.AddSingleton<AccessTokenFormat>();
        services.AddScoped<UserSessions>();
        services.AddScoped<SessionBook>();
        services.AddScoped<IStepUpGate, StepUpGate>();
        services.AddScoped<CredentialCheck>();
        services.AddMeterOwner<SignInTelemetry>();
        services.AddScoped<TotpDesk>();
        services.AddSingleton<SignInTicket>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<PasswordPolicy>();
        services.AddScoped<PasswordDesk>();
        services.AddAdminMenu<UsersAdminMenu>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IStartupTask, BootstrapAdmin>();
        if (seedDemo) services.AddScoped<IStartupTask, DemoUsers>();
        services.AddSignInRateLimits(MediaRedis.Register(services, builder.Configuration));
        AddAuthenticationSchemes(services);
        AddPermissionPolicies(services);
        return builder;
    }

    /// <summary>Maps the API and adds the sign-in rate limiter to the pipeline (after routing, which
    /// <c>WebApplication</c> puts first, so it sees which endpoint a request is for). Called once, after the host's
    /// pipeline.</summary>
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var pipeline = app as IApplicationBuilder
            ?? throw new InvalidOperationException("MapUsers needs the WebApplication, to add the sign-in rate limiter.");
        pipeline.UseSignInRateLimits();
        pipeline.UsePasswordChangeGate();
        return app.MapAuthApi().MapSecondFactorApi().MapUsersApi();
    }

    private static void AddAuthenticationSchemes(IServiceCollection services)
    {
        services.AddAuthentication(MediaAuthSchemes.Default)
            .AddPolicyScheme(MediaAuthSchemes.Default, "Bearer for the API, cookie for the admin pages", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Path.StartsWithSegments("/api")
                    ? MediaAuthSchemes.Bearer
                    : MediaAuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, MediaBearerHandler>(MediaAuthSchemes.Bearer, null)
            .AddCookie(MediaAuthSchemes.Cookie, o =>
            {
                o.LoginPath = "/admin/signin";
                o.LogoutPath = "/admin/signout";
                o.AccessDeniedPath = "/admin/denied";
                o.Cookie.Name = "media.admin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.Events.OnValidatePrincipal = CookieSessionValidation.ValidateAsync;
            });
    }

    private static void AddPermissionPolicies(IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddSingleton<PermissionService>();
        services.AddSingleton<IPermissionService>(sp => sp.GetRequiredService<PermissionService>());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
    }
}
