using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The newsroom's columns, for selects and for showing a column id as its name.</summary>
public sealed class ColumnNames(IReadOnlyList<Column> columns)
{
    public static async Task<ColumnNames> LoadAsync(MediaDbContext db, CancellationToken ct) =>
        new(await db.Set<Column>().AsNoTracking().OrderBy(c => c.Slug).ToListAsync(ct));

    public string Name(Guid id) => columns.FirstOrDefault(c => c.Id == id)?.Name ?? id.ToString();

    public IEnumerable<SelectListItem> Items(Guid? selected) =>
        columns.Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == selected));
}
