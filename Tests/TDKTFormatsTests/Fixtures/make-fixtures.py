#!/usr/bin/python3
"""Rebuilds the workbooks the xlsx reader is tested against.

openpyxl writes types.xlsx; gnumeric's ssconvert rewrites it as types-gnumeric.xlsx with its own
writer; rich.xlsx is put together by hand for what neither writes (rich-text and phonetic runs,
inline strings, prefixed element names, ISO date cells, cells without references, the 1904 epoch).
Run from this folder: /usr/bin/python3 make-fixtures.py
"""
import datetime, subprocess, zipfile
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Khen thưởng"
ws.append(["Năm", "Họ và tên", "Số tiền", "Ngày quyết định", "Đã trả", "Ghi chú"])
ws.append([2024, "Nguyễn Văn Bình", 702000, datetime.date(2025, 1, 20), True, "Lao động tiên tiến"])
ws.append([2024, "Trần Thị Hoà", 1350000.5, datetime.date(2024, 12, 31), False, None])
ws["D3"].number_format = "dd/mm/yyyy"
ws.append([2023, None, -15, datetime.datetime(2023, 6, 1, 8, 30), None, "ô trống ở B"])
ws["A6"] = "sau hai dòng trống"
ws["H6"] = 0.25
ws["C6"] = 45000
ws["C6"].number_format = "#,##0"
ws["D6"] = 45000
ws["D6"].number_format = '[$-42A]d" tháng "m" năm "yyyy'
second = wb.create_sheet("Đơn vị")
second.append(["Tên", "Loại"])
second.append(["Sở Nội vụ", "Sở, ban, ngành"])
wb.save("types.xlsx")

subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:xlsx2", "types.xlsx", "types-gnumeric.xlsx"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
with zipfile.ZipFile("rich.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>')
    z.writestr("book/main.xml", f'<?xml version="1.0"?><x:workbook {ns}><x:workbookPr date1904="1"/><x:sheets>'
               '<x:sheet name="Trống" sheetId="1" r:id="s2"/><x:sheet name="Dữ liệu" sheetId="2" r:id="s1"/></x:sheets></x:workbook>')
    z.writestr("book/_rels/main.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/data.xml"/>'
               '<Relationship Id="s2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./sheets/../sheets/empty.xml"/>'
               '<Relationship Id="st" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>'
               '<Relationship Id="sy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="looks.xml"/></Relationships>')
    z.writestr("book/strings.xml", f'<?xml version="1.0"?><x:sst {ns}>'
               '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Chiến sĩ </x:t></x:r><x:r><x:t xml:space="preserve">thi đua</x:t></x:r>'
               '<x:rPh sb="0" eb="1"><x:t>PHONETIC</x:t></x:rPh></x:si>'
               '<x:si><x:t>A &amp; B &lt;C&gt;</x:t></x:si></x:sst>')
    z.writestr("book/looks.xml", f'<?xml version="1.0"?><x:styleSheet {ns}>'
               '<x:numFmts count="1"><x:numFmt numFmtId="200" formatCode="&quot;ngày&quot; dd/mm/yyyy"/></x:numFmts>'
               '<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>'
               '<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="200"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>')
    z.writestr("book/sheets/empty.xml", f'<?xml version="1.0"?><x:worksheet {ns}><x:sheetData/></x:worksheet>')
    z.writestr("book/sheets/data.xml", f'<?xml version="1.0"?><x:worksheet {ns}><x:sheetData>'
               '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row>'
               '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>Hợp </x:t></x:r><x:r><x:t>tác xã</x:t></x:r></x:is></x:c>'
               '<x:c s="1"><x:v>0</x:v></x:c><x:c s="2"><x:v>45000</x:v></x:c><x:c t="d"><x:v>2025-07-01</x:v></x:c>'
               '<x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>kết quả</x:v></x:c></x:row>'
               '</x:sheetData></x:worksheet>')
