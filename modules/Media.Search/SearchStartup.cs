using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Hosting;
using Media.Abstractions.Search;
using Media.Abstractions.Security;
using Media.Search.Commands;
using Media.Search.Endpoints;
using Media.Search.Indexing;
using Media.Search.Querying;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Search;

public static class SearchStartup
{
    /// <summary>Site search (docs/search.md): the one Lucene index of the process, kept current by the publication
    /// notifications, built at start when empty, rebuilt by the <c>search rebuild</c> command or the admin endpoint.</summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        PublicSiteAddress.Register(services);
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<IArticleSearch, ArticleSearch>();
        services.AddScoped<SearchIndexRebuild>();
        services.AddScoped<IAfterCommitHandler<ArticlePublicationChanged>, SearchIndexUpdater>();
        services.AddScoped<IStartupTask, IndexAtStart>();
        services.AddScoped<IHostCommand, RebuildCommand>();
        services.AddSingleton<IPermissionProvider, SearchPermissions>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapPublicSearchApi();
        app.MapSearchAdmin();
        return app;
    }
}
