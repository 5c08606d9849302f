namespace Media.Abstractions.Events;

/// <summary>Marker for something that happened in the domain; handlers run inside the same unit of work.</summary>
public interface IDomainEvent;
