# The portal as a container: built with the .NET SDK, run on the ASP.NET Core runtime with the
# Chinese and Latin fonts the PDF layer uses.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props FinalAccounts.sln ./
COPY src/ src/
COPY data/seed/ data/seed/
RUN dotnet publish src/FinalAccounts.Web/FinalAccounts.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-arphic-uming fonts-wqy-microhei fonts-liberation curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__MigrateOnStartup=true
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "FinalAccounts.Web.dll"]
