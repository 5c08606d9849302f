namespace Media.Abstractions.Events;

public interface IDomainEventPublisher
{
    /// <summary>Runs every handler of the event, in registration order, before the caller saves.</summary>
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent;
}
