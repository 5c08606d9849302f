using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Abstractions.Events;

public static class DomainEventServiceCollectionExtensions
{
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.TryAddScoped<IDomainEventPublisher, DomainEventPublisher>();
        return services;
    }
}
