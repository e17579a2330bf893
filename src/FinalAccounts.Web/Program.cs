using FinalAccounts.Infrastructure;
using FinalAccounts.Web.Api;
using FinalAccounts.Web.Downloads;
using FinalAccounts.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddFinalAccountsLogging();
builder.Services.AddFinalAccountsInfrastructure(builder.Configuration);
builder.Services.AddFinalAccountsWeb();

var app = builder.Build();

if (args.Contains("--print-model-schema"))
{
    Console.Write(app.Services.ModelCreateScript());
    return;
}

await app.Services.PrepareDatabaseAsync();

app.UseFinalAccountsPipeline();
app.MapHealthChecks("/health");
app.MapRazorPages();
app.MapLanguageSwitch();
app.MapDisclosureApi();
app.MapPdfDownloads();
app.MapTableDownloads();

app.Run();

public partial class Program;
