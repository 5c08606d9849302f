using Media.Abstractions.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Abstractions.Admin;

/// <summary>How a module contributes to the admin pages it does not own: a line in its <c>Add&lt;Module&gt;</c>.</summary>
public static class AdminCompositionServiceCollectionExtensions
{
    public static IServiceCollection AddAdminMenu<TMenu>(this IServiceCollection services)
        where TMenu : class, IAdminMenu
    {
        services.TryAddScoped<AdminNavigation>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAdminMenu, TMenu>());
        return services;
    }

    /// <summary>For the page that renders the panels, so it works when no module contributes one.</summary>
    public static IServiceCollection AddArticlePanels(this IServiceCollection services)
    {
        services.TryAddScoped<ArticlePanels>();
        return services;
    }

    public static IServiceCollection AddArticlePanel<TComponent>(this IServiceCollection services, int order, params Permission[] anyOf)
        where TComponent : ArticlePanelComponent
    {
        services.AddArticlePanels();
        services.AddSingleton(new ArticlePanel(typeof(TComponent), order, anyOf));
        return services;
    }

    /// <summary>For the 今日 page, so it works when no module contributes a panel.</summary>
    public static IServiceCollection AddTodayPanels(this IServiceCollection services)
    {
        services.TryAddScoped<TodayPanels>();
        return services;
    }

    public static IServiceCollection AddTodayPanel<TComponent>(this IServiceCollection services, int order, params Permission[] anyOf)
        where TComponent : TodayPanelComponent
    {
        services.AddTodayPanels();
        services.AddSingleton(new TodayPanel(typeof(TComponent), order, anyOf));
        return services;
    }
}
