using Media.Articles;
using Media.AuditTrail;
using Media.Channels.App;
using Media.Channels.WeChat;
using Media.Channels.WeChat.Pushes;
using Media.Data;
using Media.Demo;
using Media.Distribution;
using Media.MediaLibrary;
using Media.Review;
using Media.Screening;
using Media.Search;
using Media.Site;
using Media.Users;
using Media.Web.Hosting;
using Media.Web.Hosting.Backups;

// backup/restore run without the site; other commands (search rebuild) need it composed (docs/operations.md §5).
if (MaintenanceCommand.Parse(args) is { } command) return await command.RunAsync();

var builder = WebApplication.CreateBuilder(args);
var seedDemo = builder.SeedsDemo();

builder.AddMediaHost();
builder.AddMediaData();
builder.AddAuditTrail();
builder.AddUsers(seedDemo);
builder.AddArticles(seedDemo);
builder.AddScreening();
builder.AddReview();
builder.AddMediaLibrary();
builder.AddDistribution();
builder.AddSite();
builder.AddSearch();
builder.AddAppChannel();
builder.AddWeChatChannel();
builder.AddWeChatPushes();
builder.AddDemo(seedDemo);

var app = builder.Build();
app.UseMediaHost();
app.MapAuditTrail(); // first: its refused-access record wraps the other modules' middleware
app.MapUsers();
app.MapArticles();
app.MapScreening();
app.MapReview();
app.MapMediaLibrary();
app.MapDistribution();
app.MapAppChannel();
app.MapWeChatChannel();
app.MapWeChatPushes();
app.MapSite();
app.MapSearch();

await app.RunStartupTasksAsync();
if (await app.RunCommandAsync(args) is { } exitCode) return exitCode;
await app.RunAsync();
return 0;

public partial class Program;
