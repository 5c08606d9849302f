using Media.Articles;
using Media.AuditTrail;
using Media.Data;
using Media.Users;
using Media.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
var seedDemo = builder.SeedsDemo();

builder.AddMediaHost();
builder.AddMediaData();
builder.AddAuditTrail();
builder.AddUsers(seedDemo);
builder.AddArticles(seedDemo);

var app = builder.Build();
app.UseMediaHost();
app.MapUsers();
app.MapArticles();
app.MapAuditTrail();

await app.RunStartupTasksAsync();
await app.RunAsync();

public partial class Program;
