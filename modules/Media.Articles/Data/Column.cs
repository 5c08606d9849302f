namespace Media.Articles.Data;

/// <summary>A 栏目: where an article appears on the site; it may name its own review workflow.</summary>
public sealed class Column
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public Guid? ParentId { get; set; }

    public Guid? WorkflowId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
