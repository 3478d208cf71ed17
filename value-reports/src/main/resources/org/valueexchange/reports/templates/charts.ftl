<#-- SVG charts. Geometry comes computed; every label is escaped by the HTML output format. -->

<#macro marker shape x y>
<#if shape == "circle"><circle class="pt" cx="${x}" cy="${y}" r="5"/>
<#elseif shape == "up"><path class="pt" d="M${x} ${y}m-6 4l6-10 6 10z"/>
<#elseif shape == "down"><path class="pt" d="M${x} ${y}m-6 -4l6 10 6-10z"/>
<#else><circle class="pt hollow" cx="${x}" cy="${y}" r="4"/>
</#if>
</#macro>

<#macro trend chart id name>
<figure class="chart">
<svg viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="${id}-t ${id}-d">
  <title id="${id}-t">Balance index per period: ${name}</title>
  <desc id="${id}-d">Balance index from -1 (vendor only gives) to +1 (vendor only receives); the shaded band is equilibrium, &plusmn;${chart.tolerance}.<#list chart.points as p> ${p.label}: ${p.index}, ${p.status}.</#list></desc>
  <rect class="band" x="${chart.left}" y="${chart.bandTop}" width="${chart.right - chart.left}" height="${chart.bandHeight}"/>
  <line class="axis" x1="${chart.left}" y1="${chart.mid}" x2="${chart.right}" y2="${chart.mid}"/>
  <line class="axis" x1="${chart.left}" y1="${chart.top}" x2="${chart.left}" y2="${chart.bottom}"/>
  <text class="tick" x="${chart.left - 6}" y="${chart.top + 4}" text-anchor="end">+1</text>
  <text class="tick" x="${chart.left - 6}" y="${chart.mid}" dy="4" text-anchor="end">0</text>
  <text class="tick" x="${chart.left - 6}" y="${chart.bottom}" text-anchor="end">&minus;1</text>
  <#list chart.lines as l><polyline class="trend" points="${l}"/></#list>
  <#list chart.points as p>
  <g class="s-${p.statusId}"><title>${p.label}: ${p.index} (${p.status})</title><@marker p.shape p.x p.y/></g>
  <#if p?index % chart.labelEvery == 0><text class="tick" x="${p.x}" y="${chart.height - 2}" text-anchor="middle">${p.label}</text></#if>
  </#list>
</svg>
<figcaption>&#9650; customer underserved &middot; &#9679; in equilibrium &middot; &#9660; vendor over-investing &middot; &#9675; no evidence</figcaption>
</figure>
</#macro>

<#macro matrix chart id title>
<figure class="chart matrix">
<svg viewBox="0 0 ${chart.size} ${chart.size}" role="img" aria-labelledby="${id}-t ${id}-d">
  <title id="${id}-t">${title}</title>
  <desc id="${id}-d">Intellectual value (expertise, data, network) across, emotional value (trust, loyalty) up, each 0 to 10; a score of ${chart.threshold} or more counts as high.<#list chart.points as p> ${p.title}.</#list></desc>
  <rect class="q q-transactional" x="${chart.pad}" y="${chart.thresholdY}" width="${chart.thresholdX?number - chart.pad}" height="${chart.end?number - chart.thresholdY?number}"/>
  <rect class="q q-intellectual" x="${chart.thresholdX}" y="${chart.thresholdY}" width="${chart.end?number - chart.thresholdX?number}" height="${chart.end?number - chart.thresholdY?number}"/>
  <rect class="q q-emotional" x="${chart.pad}" y="${chart.pad}" width="${chart.thresholdX?number - chart.pad}" height="${chart.thresholdY?number - chart.pad}"/>
  <rect class="q q-partnership" x="${chart.thresholdX}" y="${chart.pad}" width="${chart.end?number - chart.thresholdX?number}" height="${chart.thresholdY?number - chart.pad}"/>
  <text class="qlabel" x="${chart.pad + 4}" y="${chart.end?number - 6}">Transactional</text>
  <text class="qlabel" x="${chart.end?number - 4}" y="${chart.end?number - 6}" text-anchor="end">Intellectual</text>
  <text class="qlabel" x="${chart.pad + 4}" y="${chart.pad + 14}">Emotional</text>
  <text class="qlabel" x="${chart.end?number - 4}" y="${chart.pad + 14}" text-anchor="end">Partnership</text>
  <text class="tick" x="${(chart.pad + chart.end?number) / 2}" y="${chart.size - 8}" text-anchor="middle">intellectual &rarr;</text>
  <text class="tick" transform="translate(14 ${(chart.pad + chart.end?number) / 2}) rotate(-90)" text-anchor="middle">emotional &rarr;</text>
  <#list chart.points as p>
  <#if p.href?has_content><a href="${p.href}"></#if>
  <g class="acct a-${p.quadrant}"><title>${p.title}</title><circle class="pt" cx="${p.x}" cy="${p.y}" r="6"/>
  <#if chart.labelled><text class="plabel" x="${p.labelX}" y="${p.labelY}" dy="4" text-anchor="${p.labelAnchor}">${p.label}</text></#if></g>
  <#if p.href?has_content></a></#if>
  </#list>
</svg>
</figure>
</#macro>

<#macro tiers chart id>
<figure class="chart">
<svg viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="${id}-t ${id}-d">
  <title id="${id}-t">Accounts per partnership tier against capacity</title>
  <desc id="${id}-d"><#list chart.bars as b>${b.tier}: ${b.count} account<#if b.count != 1>s</#if><#if b.hasCapacity> of capacity ${b.capacity}<#if b.over>, over capacity</#if></#if>. </#list></desc>
  <#list chart.bars as b>
  <g class="tier<#if b.over> over</#if>">
    <text class="tlabel" x="${chart.barX - 8}" y="${b.y + 15}" text-anchor="end">${b.tier}</text>
    <rect class="bar" x="${chart.barX}" y="${b.y}" width="${b.keptWidth}" height="20"/>
    <#if b.over><rect class="bar excess" x="${chart.barX + b.keptWidth?number}" y="${b.y}" width="${b.width?number - b.keptWidth?number}" height="20"/></#if>
    <#if b.hasCapacity><line class="cap" x1="${chart.barX + b.capacityX?number}" y1="${b.y - 3}" x2="${chart.barX + b.capacityX?number}" y2="${b.y + 23}"/></#if>
    <text class="tvalue" x="${chart.barX + b.width?number + 8}" y="${b.y + 15}">${b.count}<#if b.hasCapacity> / ${b.capacity}<#if b.over> over capacity</#if></#if></text>
  </g>
  </#list>
</svg>
<figcaption>Bars count accounts declared at each tier; the line marks capacity, the hatched part is beyond it.</figcaption>
</figure>
</#macro>

<#-- One mark per stance, a shape and not a colour: star, triangle up, circle, cross. -->
<#macro stanceMark stance x y>
<#if stance == "champion"><path class="sm" d="M${x} ${y - 8}l2.4 5.2 5.6.6-4.2 3.8 1.2 5.6-5-2.9-5 2.9 1.2-5.6-4.2-3.8 5.6-.6z"/>
<#elseif stance == "supporter"><path class="sm" d="M${x} ${y - 7}l7 12h-14z"/>
<#elseif stance == "neutral"><circle class="sm hollow" cx="${x}" cy="${y}" r="5"/>
<#else><path class="sm cross" d="M${x - 5} ${y - 5}l10 10m0 -10l-10 10"/>
</#if>
</#macro>

<#macro orgchart chart id name>
<figure class="chart orgchart">
<svg viewBox="0 0 ${chart.width} ${chart.height}" style="max-width: ${chart.width}px" role="img" aria-labelledby="${id}-t ${id}-d">
  <title id="${id}-t">Stakeholder map: ${name}</title>
  <desc id="${id}-d">Who reports to whom, each person with their stance towards us and their influence.<#list chart.people as p> ${p.name}<#if p.fullRole?has_content>, ${p.fullRole}</#if>: ${p.detail}<#if p.reportsTo?has_content>; reports to ${p.reportsTo}</#if>.</#list></desc>
  <#list chart.links as d><path class="link" d="${d}"/></#list>
  <#list chart.people as p>
  <g class="person st-${p.stance} in-${p.influence}<#if p.vendor> vendor</#if>"><title>${p.name}<#if p.fullRole?has_content>, ${p.fullRole}</#if>: ${p.detail}</title>
    <rect class="box" x="${p.x}" y="${p.y}" width="${chart.boxWidth}" height="${chart.boxHeight}" rx="6"/>
    <text class="pname" x="${p.x + 10}" y="${p.y + 17}">${p.label}</text>
    <text class="prole" x="${p.x + 10}" y="${p.y + 32}">${p.role}</text>
    <text class="pdetail" x="${p.x + 10}" y="${p.y + 47}">${p.detail}</text>
    <@stanceMark p.stance p.markX p.markY/>
    <#list 1..3 as i><rect class="ibar<#if i <= p.bars> on</#if>" x="${p.barsX + (i - 1) * 8}" y="${p.barsY - i * 5}" width="5" height="${i * 5}"/></#list>
  </g>
  </#list>
</svg>
<figcaption>&#9733; champion &middot; &#9650; supporter &middot; &#9675; neutral &middot; &#10005; detractor; bars show influence (one low, three high); a dashed box is one of our own people.</figcaption>
</figure>
</#macro>
