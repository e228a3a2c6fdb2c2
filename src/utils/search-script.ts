/**
 * Is a query written in Traditional characters? A query that is gets
 * converted to Simplified (opencc-js, loaded only then) before searching,
 * because every page is indexed in Simplified.
 *
 * The table holds common characters that exist only in Traditional script,
 * so a Simplified query never triggers the converter download. Each entry is
 * checked against OpenCC's own table in tests/unit/search/script.test.ts.
 */
export const TRADITIONAL_ONLY = new Set(
  '個們這說過還時會對來後國學點實現發問題與從無為東車長門見頁風飛馬魚鳥麼訊號錢讓識請謝議論證護報電話網絡關係權責務義聯繫據確鑿處機應該辦沒獲損壞舊雙幾買賣費貸訴訟審決離財產賠償勞動僱傭條規則詐騙盜竊罰協險醫療傷殘債繼遺囑親撫養贍場區縣鄉構單記錄讀寫資經濟優價帳賬戶總額數當間開閉準備歲兒婦戰爭亂變換轉並衛廣圖書專業員導師樂藥氣體類級紀約給絕統續維線練組織結終聽視覺觀環顯頭願順須預領鐘鐵錯鎮陽陰隊隨難雜雞靈響飯館驗驚鬥齊齡龍兩嚴喪麗畝葉舉倫億儲冊劃劇勢勵華廳壓參嗎啟團園圍塊聲夠奪獎媽嬰寶寧將層屬幣幫庫廠廢彈強歸徵憶懷態擔擁擇擊擴攜攝敗敵斷暫標樣樹橋檢殺漢滅湯溝滿潔澤濃濕灣災煙熱營爺牆狀獨獻畫異盡監盤眾碼禮禍稱穩窮競筆築簡範糧糾紅紙紛細綜綠緊羅習聖聞職肅脅腦膚臉興藝蘇蘭補裝製複襲計訂認討訓許設訪評詞試誠誤誰課調談諸講謀譯豐豬負貨貧購貫貴貿賀賓賞賢賽贊趕跡踐軍軟較載輕輛輸農進遠運達遷適選郵釋針銀銷鋼鍵鏡閱陣陳陸階際隱隻雖雲靜項頓顏顧髮鬆鮮鳴黃黨齒',
);

export function hasTraditional(text: string): boolean {
  for (const ch of text) if (TRADITIONAL_ONLY.has(ch)) return true;
  return false;
}
