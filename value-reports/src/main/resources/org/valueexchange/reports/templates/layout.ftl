<#-- The page frame every HTML page shares. root is "" on the index, "../" on account pages. -->
<#macro page title root>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} &middot; ${site.name}</title>
<link rel="icon" href="data:,">
<#-- The stylesheet is trusted: built in, or a template of the user's own. -->
<#if site.standalone><style>${site.css?no_esc}</style><#else><link rel="stylesheet" href="${root}style.css"></#if>
</head>
<body>
<header class="top">
<#if site.standalone>
  <span class="brand">${site.name}</span>
<#else>
  <a class="brand" href="${root}index.html">${site.name}</a>
  <nav aria-label="Site"><a href="${root}index.html">Portfolio</a> <a href="${root}index.html#alerts">Alerts</a></nav>
</#if>
</header>
<main>
<#nested>
</main>
<footer class="foot">Value Exchange &middot; figures in ${site.currency}, by ${site.period} &middot; as of ${site.asOf}</footer>
</body>
</html>
</#macro>

<#macro status id words shape>
<span class="status s-${id}"><span class="mark m-${shape}" aria-hidden="true"></span>${words}</span>
</#macro>

<#macro severity id>
<span class="sev sev-${id}">${id}</span>
</#macro>
