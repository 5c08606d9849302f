using Microsoft.Extensions.DependencyInjection;

namespace Media.Abstractions.Events;

internal sealed class BeforeSaveEvents(IServiceProvider services) : IBeforeSaveEvents
{
    public async Task RaiseAsync<TEvent>(TEvent beforeSave, CancellationToken cancellationToken)
        where TEvent : IBeforeSaveEvent
    {
        foreach (var handler in services.GetServices<IBeforeSaveHandler<TEvent>>())
        {
            await handler.HandleAsync(beforeSave, cancellationToken);
        }
    }
}
