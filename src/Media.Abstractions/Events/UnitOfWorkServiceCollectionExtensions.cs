using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Abstractions.Events;

public static class UnitOfWorkServiceCollectionExtensions
{
    /// <summary>Before-save events and the after-commit queue, one per scope.</summary>
    public static IServiceCollection AddUnitOfWorkEvents(this IServiceCollection services)
    {
        services.TryAddScoped<IBeforeSaveEvents, BeforeSaveEvents>();
        services.TryAddScoped<AfterCommitQueue>();
        services.TryAddScoped<IAfterCommit>(sp => sp.GetRequiredService<AfterCommitQueue>());
        return services;
    }
}
