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
  <desc id="${id}-d">Balance index from -1 (vendor only gives) to +1 (vendor only receives); the shaded band is equilibrium, ±${chart.tolerance}.<#list chart.points as p> ${p.label}: ${p.index}, ${p.status}.</#list></desc>
  <rect class="band" x="${chart.left}" y="${chart.bandTop}" width="${chart.right - chart.left}" height="${chart.bandHeight}"/>
  <line class="axis" x1="${chart.left}" y1="${chart.mid}" x2="${chart.right}" y2="${chart.mid}"/>
  <line class="axis" x1="${chart.left}" y1="${chart.top}" x2="${chart.left}" y2="${chart.bottom}"/>
  <text class="tick" x="${chart.left - 6}" y="${chart.top + 4}" text-anchor="end">+1</text>
  <text class="tick" x="${chart.left - 6}" y="${chart.mid}" dy="4" text-anchor="end">0</text>
  <text class="tick" x="${chart.left - 6}" y="${chart.bottom}" text-anchor="end">−1</text>
  <#list chart.lines as l><polyline class="trend" points="${l}"/></#list>
  <#list chart.points as p>
  <g class="s-${p.statusId}"><title>${p.label}: ${p.index} (${p.status})</title><@marker p.shape p.x p.y/></g>
  <#if p?index % chart.labelEvery == 0><text class="tick" x="${p.x}" y="${chart.height - 2}" text-anchor="middle">${p.label}</text></#if>
  </#list>
</svg>
<figcaption>▲ customer underserved · ● in equilibrium · ▼ vendor over-investing · ○ no evidence</figcaption>
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
  <text class="tick" x="${(chart.pad + chart.end?number) / 2}" y="${chart.size - 8}" text-anchor="middle">intellectual →</text>
  <text class="tick" transform="translate(14 ${(chart.pad + chart.end?number) / 2}) rotate(-90)" text-anchor="middle">emotional →</text>
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
