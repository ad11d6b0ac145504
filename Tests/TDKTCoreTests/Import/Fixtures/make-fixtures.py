#!/usr/bin/python3
"""Rebuilds the import fixtures from the CSV files beside it. Run from this folder: /usr/bin/python3 make-fixtures.py

lich-su-khen-thuong.xlsx: the award history of lich-su-khen-thuong.csv as openpyxl writes it (years as
numbers, decision dates as dates); lich-su-khen-thuong-gnumeric.xlsx: the same rewritten by gnumeric.
don-vi.xlsx: a units sheet with the kinds clerks write and a child before its parent.
hon-hop-ma-hoa.csv: a UTF-8 file with one row in VNI.
"""
import csv, datetime, subprocess
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Lịch sử"
with open("lich-su-khen-thuong.csv", encoding="utf-8") as f:
    for i, row in enumerate(csv.reader(f)):
        if i > 0:
            row[0] = int(row[0])
            d, m, y = map(int, row[7].split("/"))
            row[7] = datetime.date(y, m, d)
            row = [None if v == "" else v for v in row]
        ws.append(row)
for c in ws["H"][1:]:
    c.number_format = "dd/mm/yyyy"
notes = wb.create_sheet("Ghi chú")
notes.append(["Nguồn", "Sổ khen thưởng của Sở Nội vụ"])
wb.save("lich-su-khen-thuong.xlsx")
subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:xlsx2", "lich-su-khen-thuong.xlsx", "lich-su-khen-thuong-gnumeric.xlsx"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Đơn vị"
for row in [
    ["Tên đơn vị", "Loại", "Đơn vị cấp trên", "Số cán bộ"],
    ["Phòng Văn hóa - Xã hội xã Hồ Núi Cốc", "Cơ quan chuyên môn", "UBND xã Hồ Núi Cốc", 12],
    ["UBND xã Hồ Núi Cốc", "Xã, phường, thị trấn", "UBND tỉnh Thái Nguyên", 40],
    ["Văn phòng UBND tỉnh", "Cơ quan hành chính", "UBND tỉnh Thái Nguyên", 85],
    ["Hội Nông dân tỉnh", "Đoàn thể", None, 30],
    ["HTX chè La Bằng", "Hợp tác xã", "UBND xã Hồ Núi Cốc", 25],
    ["Trường THCS Hồ Núi Cốc", "THCS", "UBND xã Hồ Núi Cốc", 45],
    ["Bệnh viện Đa khoa Trung ương Thái Nguyên", "Cơ quan Trung ương đóng trên địa bàn", None, 1200],
    ["Quỹ khuyến học xã", "Quỹ xã hội", "UBND xã Hồ Núi Cốc", None],
]:
    ws.append(row)
wb.save("don-vi.xlsx")

with open("hon-hop-ma-hoa.csv", "wb") as f:
    f.write("Năm,Loại,Họ và tên,Đơn vị,Hình thức khen thưởng\r\n".encode("utf-8"))
    f.write("2024,Cá nhân,Nguyễn Văn Khoa,Sở Nội vụ,Lao động tiên tiến\r\n".encode("utf-8"))
    f.write("2024,Cá nhân,Nguyeãn Vaên Höôûng,Sôû Noäi vuï,Lao ñoäng tieân tieán\r\n".encode("cp1252"))
    f.write("2024,Cá nhân,Phạm Thị Hồng Nhung,Sở Nội vụ,Lao động tiên tiến\r\n".encode("utf-8"))

# Ratings: one row per person and year, several years per person (xep-loai.xlsx).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Xếp loại"
for row in [
    ["Năm", "Họ và tên", "Đơn vị", "Xếp loại"],
    [2019, "Trần Thị Lan", "Sở Nội vụ", "Hoàn thành xuất sắc nhiệm vụ"],
    [2020, "Trần Thị Lan", "Sở Nội vụ", "Hoàn thành tốt"],
    [2025, "Trần Thị Lan", "Sở Nội vụ", "Hoàn thành xuất sắc nhiệm vụ"],
    [2020, "Phạm Thị Hồng Nhung", "Sở Giáo dục và Đào tạo", "HTXSNV"],
]:
    ws.append(row)
wb.save("xep-loai.xlsx")
