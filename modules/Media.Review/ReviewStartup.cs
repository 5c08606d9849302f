using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.Data;
using Media.Review.Endpoints;
using Media.Review.Notifications;
using Media.Review.Rounds;
using Media.Review.Workflows;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Review;

public static class ReviewStartup
{
    /// <summary>Review needs the articles' <see cref="IArticleLifecycle"/> and screening's
    /// <see cref="Abstractions.Screening.IArticleScreening"/> (AddArticles, AddScreening).</summary>
    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModelContributor(typeof(ReviewStartup).Assembly);
        services.AddSingleton<IPermissionProvider, ReviewPermissions>();
        services.AddAdminMenu<ReviewAdminMenu>();
        services.AddScoped<WorkflowCatalog>();
        services.AddScoped<IWorkflowCatalog>(sp => sp.GetRequiredService<WorkflowCatalog>());
        services.AddScoped<VersionScreening>();
        services.AddScoped<SubmissionDesk>();
        services.AddScoped<DecisionDesk>();
        services.AddScoped<IBeforeSaveHandler<ArticleStatusChanged>, RetractedRounds>();
        services.AddScoped<ReviewHistory>();
        services.AddScoped<ReviewInbox>();
        services.AddTodayPanel<ReviewTodayViewComponent>(50);
        services.AddScoped<ISignOffGuard, SignOffGuard>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app) =>
        app.MapWorkflowsApi().MapReviewApi().MapInboxApi();
}
