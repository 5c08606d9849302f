using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Screening;

public static class ScreeningEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TextScreener"/> and the built-in rules as singletons. A module may add its own
    /// <see cref="IProofreadingRule"/> before or after; compiled word lists are the caller's to cache.
    /// </summary>
    public static IServiceCollection AddScreeningEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => ChineseScriptTable.LoadEmbedded());
        // The one list of built-in rules is BuiltInRules; each is registered once, by its type.
        services.TryAddEnumerable(BuiltInRules.Create().Select(rule => ServiceDescriptor.Singleton(typeof(IProofreadingRule), rule)));
        services.TryAddSingleton<TextScreener>();
        return services;
    }
}
