namespace Media.Abstractions.Events;

public interface IBeforeSaveEvents
{
    /// <summary>Runs every handler of the event, in registration order, before the caller saves.</summary>
    Task RaiseAsync<TEvent>(TEvent beforeSave, CancellationToken cancellationToken)
        where TEvent : IBeforeSaveEvent;
}
