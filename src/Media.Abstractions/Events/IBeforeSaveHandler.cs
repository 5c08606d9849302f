namespace Media.Abstractions.Events;

public interface IBeforeSaveHandler<in TEvent>
    where TEvent : IBeforeSaveEvent
{
    Task HandleAsync(TEvent beforeSave, CancellationToken cancellationToken);
}
